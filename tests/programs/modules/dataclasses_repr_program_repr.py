# a dataclass's generated __repr__ calls the program's own __repr__ of a field's value: its steps show
from dataclasses import dataclass


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        euros = self.cents / 100
        return f"{euros:.2f} EUR"


@dataclass
class Price:
    item: str
    amount: Money
    extras: list


p = Price("tea", Money(250), [Money(30), Money(5)])
print(p)
text = repr(p)
print(text == str(p))
