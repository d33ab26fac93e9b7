# Looking up an Enum member by a value no member has: ValueError
from enum import Enum


class Suit(Enum):
    HEARTS = "h"
    SPADES = "s"


print(Suit("h"))
print(Suit("x"))
