# enum.IntEnum: extend
from enum import IntEnum


class Level(IntEnum):
    LOW = 1


class More(Level):
    HIGH = 2
