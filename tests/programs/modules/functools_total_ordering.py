# total_ordering adds the missing comparisons to a class, built from __lt__ and __eq__
from functools import total_ordering


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents


a, b = Money(5), Money(7)
print(a > b, a <= b, a >= Money(5), b >= a)
print(Money.__gt__.__name__, max([a, b]).cents)
