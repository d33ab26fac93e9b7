# auto() with the class's own _generate_next_value_: the program's function runs at each member, with steps
from enum import Enum, auto


class Direction(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + "-" + str(count)

    NORTH = auto()
    SOUTH = auto()
    FIXED = "x"
    WEST = auto()


print(list(Direction))
print(Direction.WEST.value)
print(Direction("south-1"))
