# A typing.NamedTuple class whose __repr__ returns something other than a str
from typing import NamedTuple


class Point(NamedTuple):
    x: int

    def __repr__(self):
        return self.x


print(repr(Point(3)))
