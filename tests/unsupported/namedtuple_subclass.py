# unsupported: subclassing line 5
from collections import namedtuple


class Point(namedtuple("Point", "x y")):
    pass
