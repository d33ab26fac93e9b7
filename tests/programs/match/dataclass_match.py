# a dataclass gets __match_args__ from its fields, so its patterns can be positional
from dataclasses import dataclass


@dataclass
class Circle:
    radius: float


@dataclass
class Rect:
    width: float
    height: float


def area(shape):
    match shape:
        case Circle(r):
            return 3 * r * r
        case Rect(w, h) if w == h:
            return w * w
        case Rect(width=w, height=h):
            return w * h


print(Rect.__match_args__)
for s in [Circle(2), Rect(3, 3), Rect(2, 5)]:
    print(s, area(s))
