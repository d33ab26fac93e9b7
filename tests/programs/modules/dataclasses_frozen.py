# a frozen dataclass is hashable and refuses assignment with FrozenInstanceError
from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True)
class Card:
    rank: int
    suit: str = "hearts"


c = Card(10)
print(c, hash(c) == hash(Card(10)), hash(c) == hash((10, "hearts")))
try:
    c.rank = 3
except FrozenInstanceError as err:
    print("frozen:", err)
try:
    del c.suit
except AttributeError as err:
    print(type(err).__name__, err)
print(c.rank)
