# A StrEnum member made by auto() has the lower-cased name as its value: looking it up by the name itself fails
from enum import StrEnum, auto


class Mode(StrEnum):
    READ = auto()


print(Mode("read"))
print(Mode("READ"))
