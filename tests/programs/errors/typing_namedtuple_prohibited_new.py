# A typing.NamedTuple class defining __new__: NamedTupleMeta refuses to overwrite it
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int

    def __new__(cls, x, y):
        return super().__new__(cls, x, y)
