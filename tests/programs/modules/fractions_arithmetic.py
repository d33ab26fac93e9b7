# Fraction arithmetic stays exact with ints and Fractions, turns float with floats
from fractions import Fraction

x = Fraction(1, 3)
y = Fraction(1, 6)
print(x + y, x - y, x * y, x / y, x // y, x % y, divmod(x, y))
print(x + 1, 1 + x, x - 2, 2 - x, x * 3, 3 * x, x / 2, 2 / x, 7 // x, 7 % x)
print(x + 0.5, 0.5 + x, x * 1.5, x / 0.25, 1.0 - x, divmod(x, 0.25), divmod(1, x))
print(x ** 2, x ** -2, Fraction(-2, 3) ** -3, 2 ** Fraction(3), 4 ** Fraction(1, 2), x ** 0.5)
print(-x, +x, abs(Fraction(-5, 4)), x + True)
total = Fraction(0)
for k in range(1, 6):
    total += Fraction(1, k)
print(total, float(total), sum([Fraction(1, 2), Fraction(1, 3), Fraction(1, 6)]))
h = Fraction(1, 2)
h *= 4
print(h, h == 2, type(h).__name__)
