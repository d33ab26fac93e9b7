# an Enum's __init__ runs for an alias too, before the alias is found to repeat a value
from enum import Enum


class Coin(Enum):
    PENNY = 1
    CENT = 1
    NICKEL = 5

    def __init__(self, cents):
        print("making", self._name_, "worth", cents)
        self.cents = cents
        self.label = f"{cents}c"


print(Coin.CENT is Coin.PENNY, Coin.CENT.name, Coin.PENNY.label)
print([c.label for c in Coin], len(Coin))
