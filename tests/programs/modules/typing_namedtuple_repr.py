# A typing.NamedTuple class with its own __repr__ and __str__
from typing import NamedTuple


class Card(NamedTuple):
    rank: str
    suit: str

    def __str__(self):
        return self.rank + " of " + self.suit


class Temp(NamedTuple):
    degrees: float

    def __repr__(self):
        return f"{self.degrees}°C"


c = Card("A", "spades")
t = Temp(21.5)
print(c, repr(c), [c], f"{c}", str(c))
print(t, [t, Temp(3)], str(t), repr(t), {"t": t})
