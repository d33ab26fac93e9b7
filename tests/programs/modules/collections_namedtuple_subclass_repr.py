# A subclass of a namedtuple class with its own __repr__ and __str__, calling the base's repr
from collections import namedtuple


class Card(namedtuple("Card", "rank suit")):
    __slots__ = ()

    def __str__(self):
        return f"{self.rank} of {self.suit}"


class Money(namedtuple("Money", "amount currency")):
    __slots__ = ()

    def __repr__(self):
        return "Money<" + super().__repr__() + ">"


c = Card("Q", "hearts")
m = Money(5, "EUR")
print(c, repr(c), [c], str(c), f"{c}|{c!r}")
print(m, [m], str(m), f"{m}", (m, c))
hand = [Card("K", "spades"), c]
print(hand, sorted(hand), max(hand))
