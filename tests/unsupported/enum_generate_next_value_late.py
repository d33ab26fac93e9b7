# unsupported: _generate_next_value_ line 8
from enum import Enum, auto


class Color(Enum):
    RED = auto()

    def _generate_next_value_(name, start, count, last_values):
        return name
