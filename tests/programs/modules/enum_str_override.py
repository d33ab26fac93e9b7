# an Enum's own __str__ and __repr__ replace Enum's, in print, f-strings and lists
from enum import Enum, auto


class Suit(Enum):
    HEARTS = auto()
    SPADES = auto()

    def __str__(self):
        return self.name.title()

    def __repr__(self):
        return f"Suit({self.value})"


print(Suit.HEARTS, f"{Suit.SPADES}", [Suit.HEARTS, Suit.SPADES], str(Suit.SPADES))
print(f"{Suit.HEARTS!r} {Suit.HEARTS:>8}|")
