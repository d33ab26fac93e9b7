# A typing.NamedTuple class with methods, a property, a classmethod, a staticmethod and a default
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int = 0
    label = "point"

    def norm(self):
        return abs(self.x) + abs(self.y)

    def moved(self, dx, dy=0):
        return self._replace(x=self.x + dx, y=self.y + dy)

    @property
    def is_origin(self):
        return self.x == 0 and self.y == 0

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def parse(text):
        return Point(*map(int, text.split(",")))


p = Point(3, -4)
q = p.moved(1)
o = Point.origin()
print(p.norm(), q, o, o.is_origin, p.is_origin, Point.parse("5,6"), p.label, Point.label)
print(Point.norm(q), Point._fields, Point._field_defaults, p._asdict(), Point._make([1, 2]))
print(isinstance(p, tuple), [c.__name__ for c in Point.__mro__], p == (3, -4), sorted([p, q, o]))
