# Two enums with the same member names, and a str naming one: one interned str object for each name
from enum import Enum


class SIUnit(Enum):
    kilo = 3
    mega = 6


class BinaryUnit(Enum):
    kilo = 1
    mega = 2


wanted = "mega"
print(SIUnit[wanted], BinaryUnit[wanted].value, SIUnit.kilo.name is BinaryUnit.kilo.name)
print(SIUnit.mega.name is wanted, [unit.name for unit in BinaryUnit])
