# An enum member's __doc__ is its enum class's own docstring (None without one)
from enum import Enum

class Color(Enum):
    RED = 1

class Size(Enum):
    "How big."
    SMALL = 1

print(Color.RED.__doc__, Color.__doc__)
print(Size.SMALL.__doc__)
