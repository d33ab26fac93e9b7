# Calling a namedtuple subclass with a field missing: the generated __new__ names the namedtuple
from collections import namedtuple


class Point(namedtuple("Point", "x y")):
    __slots__ = ()


print(Point(1, 2))
Point(1)
