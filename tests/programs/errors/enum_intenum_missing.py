# enum.IntEnum: missing
from enum import IntEnum


class Level(IntEnum):
    LOW = 1
    HIGH = 2

    @classmethod
    def _missing_(cls, value):
        if value > 2:
            return cls.HIGH
        return None


print(Level(7))
print(Level(0))
