# unsupported: auto(5) line 6
from enum import Enum, auto


class Level(Enum):
    LOW = auto(5)
    HIGH = auto()
