# An Enum mixing in int: str format
from enum import Enum


class Size(int, Enum):
    SMALL = 1
    LARGE = 2


bigger = Size.SMALL + 1
print(bigger, Size.LARGE == 2, Size.SMALL * 10)
print(str(Size.LARGE), repr(Size.LARGE), Size.SMALL)
print(f"{Size.LARGE}|{Size.LARGE:>12}|", format(Size.SMALL))
print(Size(2) is Size.LARGE, list(Size), len(Size))
