# @dataclass writes __init__, __repr__ and __eq__ from the class's annotations
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
q = Point(1)
print(p, q)
print(p == Point(1, 2), p == q, p != q)
print(Point.__match_args__, Point.__hash__)
r = Point(y=5, x=3)
print(r.x, r.y)
