# typing.NamedTuple written as a class, with a default, and its errors
from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float = 0.0


p = Point(1.5)
q = p._replace(y=2)
print(p, q, p.x + q.y, p == (1.5, 0.0), Point._fields, Point._field_defaults)
x, y = q


class Pixel(NamedTuple):
    """A pixel of a picture."""

    colour: str


print(Point.__doc__, Pixel.__doc__, Pixel("red"))
print(x, y, isinstance(p, tuple))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
