# enum.IntEnum: lookup
from enum import IntEnum


class Level(IntEnum):
    LOW = 1
    MID = 2
    HIGH = 3
    TOP = 3


found = Level(2)
print(found is Level.MID, Level["HIGH"], Level(3) is Level.TOP)
for level in Level:
    print(level.name, level.value)
print(len(Level), Level.MID in Level, list(Level))
