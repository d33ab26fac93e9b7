# _make() of a namedtuple subclass given the wrong number of items
from collections import namedtuple


class Point(namedtuple("Point", "x y")):
    pass


print(Point._make((1, 2)))
Point._make([1, 2, 3])
