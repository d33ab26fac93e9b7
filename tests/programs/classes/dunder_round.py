# round() and math.trunc/floor/ceil call a class's own __round__, __trunc__, __floor__, __ceil__
import math


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.cents / 100)
        return Money(round(self.cents, ndigits - 2))

    def __trunc__(self):
        return self.cents // 100

    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return self.cents // 100 + 1

    def __repr__(self):
        return f"Money({self.cents})"


cash = Money(1299)
print(round(cash))
print(round(cash, 0))
print(round(cash, None))
print(math.trunc(cash), math.floor(cash), math.ceil(cash))
