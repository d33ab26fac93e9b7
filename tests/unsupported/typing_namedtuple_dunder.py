# unsupported: __eq__ line 5
from typing import NamedTuple


class Money(NamedTuple):
    cents: int

    def __eq__(self, other):
        return self.cents == other.cents


print(Money(5) == Money(5))
