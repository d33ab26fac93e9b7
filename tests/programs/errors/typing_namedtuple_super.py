# A method of a typing.NamedTuple class calling super(): its class cell is never set
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int

    def show(self):
        return "Point " + super().__repr__()


print(Point(1, 2).show())
