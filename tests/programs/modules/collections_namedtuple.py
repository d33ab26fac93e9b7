# namedtuple makes a class whose instances are tuples with field names
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(3, 4)
q = Point(x=1, y=2)
print(p, q, p.x + q.y, p[0], len(p))
x, y = p
print(x, y, p == (3, 4), isinstance(p, tuple), type(p) is Point)
print(Point._fields, p._asdict())
r = p._replace(y=10)
print(r, p, Point._make([5, 6]))
print(Point)
