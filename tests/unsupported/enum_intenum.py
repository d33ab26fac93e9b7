# unsupported: IntEnum line 2
from enum import IntEnum


class Level(IntEnum):
    LOW = 1
