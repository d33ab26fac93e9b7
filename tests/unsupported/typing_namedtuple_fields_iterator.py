# unsupported: NamedTuple line 5
from typing import NamedTuple

fields = [("x", int), ("y", int)]
Point = NamedTuple("Point", iter(fields))
print(Point(1, 2))
