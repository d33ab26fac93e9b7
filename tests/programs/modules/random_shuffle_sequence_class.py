# random.shuffle() of a program's sequence class (or a list subclass defining __getitem__) swaps through its own __len__, __getitem__ and __setitem__; an object without len() is a TypeError
import random


class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __setitem__(self, i, card):
        self.cards[i] = card


class Loud(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)


class Short(list):
    def __len__(self):
        return 2


random.seed(2)
deck = Deck("ABCD")
random.shuffle(deck)
print(deck.cards)
loud = Loud([1, 2, 3])
random.shuffle(loud)
print(loud)
short = Short([1, 2, 3, 4])
random.shuffle(short)
print(list(short))
try:
    random.shuffle(object())
except TypeError as e:
    print(e)
