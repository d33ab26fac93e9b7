# two instances swap their __dict__s: each takes the other's attributes
class Card:
    def __init__(self, rank):
        self.rank = rank


a = Card(1)
b = Card(2)
da = a.__dict__
db = b.__dict__
a.__dict__ = {}
b.__dict__ = da
a.__dict__ = db
print(a.rank, b.rank, a.__dict__ is db)
