# Objects of a namedtuple subclass compare, hash, unpack and match as tuples of their fields
from collections import namedtuple


class Point(namedtuple("Point", "x y")):
    __slots__ = ()



a = Point(1, 2)
b = Point(1, 2)
print(a == b, a is b, a == (1, 2), a != (2, 1), a < Point(1, 3), hash(a) == hash(b))
seen = {a: "first"}
print(seen[b], seen[(1, 2)], a in {b}, sorted([Point(2, 0), a, Point(0, 9)]))
x, y = a
first, *rest = Point(5, 6)
print(x, y, first, rest, isinstance(a, tuple), isinstance(a, Point), issubclass(Point, tuple))
print([c.__name__ for c in Point.__mro__], Point.__match_args__, Point._fields)
match a:
    case Point(x=1, y=yy):
        print("x is one, y is", yy)
match Point(3, 4):
    case Point(px, py):
        print("positional", px, py)
