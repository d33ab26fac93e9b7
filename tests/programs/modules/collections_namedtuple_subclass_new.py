# A subclass of a namedtuple class overriding __new__ to validate, with a classmethod constructor
from collections import namedtuple


class Fraction(namedtuple("Fraction", "num den")):
    __slots__ = ()

    def __new__(cls, num, den=1):
        if den == 0:
            raise ValueError("denominator is zero")
        if den < 0:
            num, den = -num, -den
        return super().__new__(cls, num, den)

    @classmethod
    def parse(cls, text):
        a, b = text.split("/")
        return cls(int(a), int(b))

    def value(self):
        return self.num / self.den


f = Fraction(3, -4)
g = Fraction.parse("1/2")
h = Fraction(5)
print(f, g, h, f.value(), g.value(), type(g).__name__)
print(Fraction._make([7, 8]), f._replace(den=5), Fraction(num=2, den=3))
try:
    Fraction(1, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    Fraction(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
