# a namedtuple's fields cannot be assigned: it is a tuple
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
p[0] = 5
