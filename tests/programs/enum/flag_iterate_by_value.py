# enum.Flag: iterate by value
from enum import Flag, auto


class Day(Flag):
    MON = auto()
    TUE = auto()
    WED = auto()
    WEEKEND = 64


both = Day.WED | Day.MON
print(list(both), both)
print(list(Day))
