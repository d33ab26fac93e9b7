# namedtuple defaults fill the last fields; a list of field names works too
from collections import namedtuple

Card = namedtuple("Card", ["rank", "suit"], defaults=["hearts"])
hand = [Card("A"), Card("10", "spades")]
print(hand, Card._field_defaults)
ranks = [card.rank for card in hand]
print(ranks, hand[1].suit)
Pair = namedtuple("Pair", "left, right")
pair = Pair(left=hand[0], right=hand[1])
print(pair.left is hand[0], pair)
