# pprint inside a function: a __repr__ it calls steps in its own frame, once per level that asks
import pprint


class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __repr__(self):
        name = self.rank + self.suit
        return name


def deal(cards, width):
    text = pprint.pformat({"hand": cards, "size": len(cards)}, width=width)
    pprint.pprint(cards, width=width)
    return text.count("\n")


print(deal([Card("A", "s"), Card("10", "h"), Card("K", "d")], 12))
