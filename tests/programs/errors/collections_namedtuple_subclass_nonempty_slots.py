# A tuple subclass (a namedtuple's too) cannot have slots of its own
from collections import namedtuple


class Point(namedtuple("Point", "x y")):
    __slots__ = ("z",)
