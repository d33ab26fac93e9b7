# unsupported: frozen line 13
from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: int


class Labelled(Point):
    def __init__(self, x, label):
        super().__init__(x)
        self.label = label


Labelled(1, "a")
