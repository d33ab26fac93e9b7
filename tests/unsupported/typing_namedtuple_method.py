# unsupported: NamedTuple line 5
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int

    def norm(self):
        return abs(self.x) + abs(self.y)


print(Point(1, 2).norm())
