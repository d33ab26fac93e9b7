# Inheritance chains, classmethod constructors, class attributes and super() in a subclass of int
class Money(int):
    currency = "EUR"

    def __new__(cls, amount, currency=None):
        obj = super().__new__(cls, amount)
        if currency is not None:
            obj.currency = currency
        return obj

    @classmethod
    def cents(cls, n):
        return cls(n // 100)

    def __repr__(self):
        return f"{super().__repr__()} {self.currency}"

    def __str__(self):
        return f"{int(self)}{self.currency}"


class Tip(Money):
    def double(self):
        return type(self)(self * 2, self.currency)


m = Money(5)
u = Money(7, "USD")
c = Money.cents(1250)
t = Tip(3, "GBP")
d = t.double()
print(m, u, c, t, d, repr(d), [m, t])
print(type(d).__name__, isinstance(d, Money), Tip.__mro__[1].__name__, m.currency, Money.currency)
print(m + u, sorted([u, m, c]), max(m, u), sum([m, u, c]), m == 5, m != 5, 5 in [m])
print(Money(3) is Money(3), Money(300) == Money(300), hash(Money(3)) == hash(3))
print(m.__class__.__name__, type(m) is Money, Money.__bases__[0].__name__, issubclass(Tip, int))
