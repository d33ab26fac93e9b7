# unsupported: `in` line 9
from enum import Enum


class Color(Enum):
    RED = 1


print(1 in Color)
