# a namedtuple matches class patterns by field and, being a tuple, sequence patterns too
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])


def describe(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case (x, y) if x == y:
            return f"diagonal {x}"
        case Point(x, y):
            return f"point {x},{y}"


print(Point.__match_args__, Point.__match_args__ is Point._fields)
for p in [Point(0, 0), Point(0, 4), Point(2, 2), Point(5, 1)]:
    print(describe(p))
