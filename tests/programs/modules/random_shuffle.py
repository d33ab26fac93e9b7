# shuffle reorders the same list in place; the items are the same objects
import random
random.seed(3)
cards = [[1], [2], [3], [4], [5]]
first = cards[0]
random.shuffle(cards)
print(cards, first in cards)
