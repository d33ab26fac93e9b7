# unsupported: __getattr__ line 5
from enum import Enum


class Color(Enum):
    RED = 1

    def __getattr__(self, name):
        return name


print(Color.RED.shade)
