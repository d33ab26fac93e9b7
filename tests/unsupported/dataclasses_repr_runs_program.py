# unsupported: __repr__ line 15
from dataclasses import dataclass


class Money:
    def __repr__(self):
        return "money"


@dataclass
class Price:
    amount: Money


print(Price(Money()))
