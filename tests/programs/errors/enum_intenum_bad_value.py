# enum.IntEnum: bad value
from enum import IntEnum


class Level(IntEnum):
    LOW = 1
    HIGH = 2


print(Level(2))
print(Level(5))
