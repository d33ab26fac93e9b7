# enum.Flag: auto
from enum import Flag, auto


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    PURPLE = 16
    PINK = auto()


print(Color.RED.value, Color.BLUE.value, Color.PINK.value)
print(list(Color), len(Color))
