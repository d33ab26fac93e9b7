# unsupported: __members__ line 10
from enum import Enum


class Color(Enum):
    RED = 1
    CRIMSON = 1


print(Color.__members__)
