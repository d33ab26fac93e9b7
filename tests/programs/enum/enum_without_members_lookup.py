# Enum's own classes and an enum without members have none to find: TypeError by value, KeyError by name
from enum import Enum, IntEnum


class Base(Enum):
    def describe(self):
        return self.name.lower()


class Color(Base):
    RED = 1


lookups = [
    lambda: Enum(1),
    lambda: IntEnum(2),
    lambda: Base(1),
    lambda: Base(Color.RED),
    lambda: Enum["RED"],
    lambda: Base["RED"],
]
for lookup in lookups:
    try:
        print(lookup())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(Color(1).describe(), Color["RED"])
