# An Enum mixing in int: bad literal
from enum import Enum


class Code(int, Enum):
    OK = 200
    BAD = "oops"


print(Code.OK)
