# Classes a library's machinery makes are heap types too: an Enum and a dataclass keep the
# shared keys table of their instances' __dict__, a slotted dataclass does not; a subclass of
# str keeps it, one of tuple does not. A builtin type is a static type.
import dataclasses
import enum
import sys


class Color(enum.Enum):
    RED = 1


@dataclasses.dataclass
class Point:
    x: int


@dataclasses.dataclass(slots=True)
class Pixel:
    x: int


class Name(str):
    pass


class Pair(tuple):
    pass


for cls in (Color, Point, Pixel, Name, Pair, int, str):
    print(cls.__name__, sys.getsizeof(cls))
