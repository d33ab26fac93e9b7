# Fraction: normalisation, the numerator/denominator, str and repr, construction forms
from fractions import Fraction

a = Fraction(6, 8)
b = Fraction(-3, -9)
c = Fraction(5, -10)
print(a, b, c, repr(a), a.numerator, a.denominator)
print(Fraction(), Fraction(7), Fraction(True), Fraction(a), Fraction(a, 2), Fraction(1, a))
print(Fraction("3/4"), Fraction(" -1.25 "), Fraction("2e-3"), Fraction("1_000/3"), Fraction(".5"))
print(Fraction(0.75), Fraction(0.1), Fraction(-2.5))
print(Fraction("3.245"), Fraction("1E3"), Fraction("+7"), Fraction("1."))
print(a.as_integer_ratio(), type(a).__name__, isinstance(a, Fraction))
print(Fraction(10**20, 4), f"{a} and {b!r}")
n = 12345678901234567890
f = Fraction(n)
print(f.numerator is n, f.denominator)
