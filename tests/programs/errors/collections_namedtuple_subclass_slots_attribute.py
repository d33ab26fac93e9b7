# A namedtuple subclass with __slots__ = () has no __dict__: a new attribute is an AttributeError
from collections import namedtuple


class Point(namedtuple("Point", "x y")):
    __slots__ = ()


p = Point(1, 2)
p.z = 3
