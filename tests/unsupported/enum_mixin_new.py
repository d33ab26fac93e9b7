# unsupported: `__new__` line 10
from enum import Enum


class Tagged:
    def __new__(cls, *args):
        return object.__new__(cls)


class Color(Tagged, Enum):
    RED = 1
