# The argument errors of a namedtuple subclass's construction name the namedtuple's __new__
from collections import namedtuple
from typing import NamedTuple


class Point(namedtuple("Point", "x y")):
    __slots__ = ()


class Pair(NamedTuple):
    left: int
    right: int = 0


class Tagged(Pair):
    pass


attempts = [
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, z=2),
    lambda: Point(1, x=2),
    lambda: Point(),
    lambda: Tagged(),
    lambda: Tagged(1, 2, 3),
    lambda: Point._make([1]),
    lambda: Point(1, 2)._replace(1),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
print(Point(y=2, x=1), Tagged(right=4, left=3), Tagged(7))
