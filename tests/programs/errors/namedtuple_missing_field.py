# calling a namedtuple class without all its fields raises TypeError
from collections import namedtuple

Point = namedtuple("Point", "x y z")
p = Point(1)
