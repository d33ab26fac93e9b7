# enum.auto(), aliases (a repeated value names the first member) and unique()
from enum import Enum, auto, unique


class Direction(Enum):
    NORTH = auto()
    EAST = auto()
    SOUTH = 10
    WEST = auto()


class Status(Enum):
    ACTIVE = "a"
    RUNNING = "a"
    STOPPED = "s"


print(list(Direction), Direction.WEST.value)
print(Status.RUNNING is Status.ACTIVE, Status.RUNNING, list(Status), len(Status))
print(Status("a"), Status["RUNNING"])
try:
    unique(Status)
except ValueError as e:
    print("ValueError:", e)
print(unique(Direction) is Direction)
