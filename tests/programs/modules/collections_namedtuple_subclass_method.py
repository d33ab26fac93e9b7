# A subclass of a namedtuple class with a method, a property and __slots__ = ()
from collections import namedtuple


class Point(namedtuple("Point", "x y")):
    __slots__ = ()

    @property
    def norm(self):
        return abs(self.x) + abs(self.y)

    def moved(self, dx, dy):
        return self._replace(x=self.x + dx, y=self.y + dy)


p = Point(1, -2)
q = p.moved(3, 4)
print(p, q, p.norm, q._asdict(), Point._make([5, 6]), Point._fields)
print(isinstance(p, tuple), [c.__name__ for c in Point.__mro__], p == (1, -2), hash(p) == hash((1, -2)))
x, y = q
print(x, y, p < q, Point.__match_args__)
