# enum.IntEnum: add str
from enum import IntEnum


class Level(IntEnum):
    LOW = 1


print(Level.LOW + 2)
print(Level.LOW + "a")
