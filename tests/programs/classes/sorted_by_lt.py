# sorted(), min() and max() use the instances' __lt__
class Card:
    def __init__(self, rank):
        self.rank = rank

    def __lt__(self, other):
        return self.rank < other.rank

    def __repr__(self):
        return "Card(" + str(self.rank) + ")"

cards = [Card(7), Card(2), Card(9), Card(4)]
print(sorted(cards))
print(min(cards), max(cards))
cards.sort(reverse=True)
print(cards)
