# the generated __eq__ and __lt__ call the fields' own __eq__ and __lt__, which take steps
from dataclasses import dataclass


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents


@dataclass(order=True)
class Price:
    amount: Money
    label: str = "x"


a = Price(Money(5))
b = Price(Money(7))
print(a == b, a < b, a == Price(Money(5)))
