# an Enum without members giving _generate_next_value_ (a plain function) to the enums derived from it
from enum import Enum, auto


class AutoName(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name


class Ordinal(AutoName):
    NORTH = auto()
    SOUTH = auto()


class Pair(AutoName):
    BOTH = auto(), auto()


print([m.value for m in Ordinal])
print(Pair.BOTH.value)
print(Ordinal._generate_next_value_("X", 1, 0, []))
