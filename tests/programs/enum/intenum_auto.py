# enum.IntEnum: auto
from enum import IntEnum, auto


class Step(IntEnum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Step), Step.ELEVENTH - Step.FIRST)
