# enum.IntEnum: str format
from enum import IntEnum


class Level(IntEnum):
    LOW = 1
    HIGH = 10


print(str(Level.HIGH), repr(Level.HIGH), Level.LOW)
print(f"{Level.HIGH}|{Level.HIGH:>4}|{Level.HIGH:x}|{Level.LOW!r}")
print(format(Level.LOW, "03d"), "%d" % Level.HIGH)
print(Level.HIGH.name, Level.HIGH.value, [Level.LOW, Level.HIGH])
