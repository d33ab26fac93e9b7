# A namedtuple's _replace read from the class and called with no object
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(Point._replace(p, y=5), Point._asdict(p))
Point._replace(x=3)
