# A Counter of objects with __eq__/__hash__: equal objects count together.
from collections import Counter, defaultdict


class Card:
    def __init__(self, suit):
        self.suit = suit

    def __eq__(self, other):
        return self.suit == other.suit

    def __hash__(self):
        return ord(self.suit)

    def __repr__(self):
        return self.suit


hand = [Card("h"), Card("s"), Card("h")]
c = Counter(hand)
print(c, c[Card("h")], c[Card("d")])
c.update([Card("s")])
print(c.most_common(1))
groups = defaultdict(list)
for i, card in enumerate(hand):
    groups[card].append(i)
print(dict(groups))
