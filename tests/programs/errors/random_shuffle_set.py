# random.shuffle() needs a mutable sequence: a set has no positions to swap
import random

cards = {"ace", "king", "queen"}
random.shuffle(cards)
print(cards)
