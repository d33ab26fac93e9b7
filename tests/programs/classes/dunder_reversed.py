# reversed() returns whatever the class's __reversed__ returns; set to None, it refuses
class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __reversed__(self):
        return iter(self.cards[::-1])


class NotBackwards:
    __reversed__ = None


for card in reversed(Deck(["A", "K", "Q"])):
    print(card)
try:
    reversed(NotBackwards())
except TypeError as e:
    print(e)
