# Decimal arithmetic is exact, then rounded to 28 significant digits: + - * / // % ** with Decimals and ints
from decimal import Decimal

a = Decimal("1.10")
b = Decimal("2.20")
total = a + b
print(total, total == Decimal("3.3"), 0.1 + 0.2)
print(a * 3, 3 - a, a - b, a * b)
third = Decimal(1) / 3
print(third, third * 3)
print(Decimal(7) // 2, Decimal(-7) // 2, Decimal(-7) % 2, divmod(Decimal("7.5"), 2))
print(Decimal("1.5") ** 2, Decimal(2) ** -3, 2 ** Decimal(10))
print(-a, +a, abs(Decimal("-0.50")), Decimal(10) / 4, Decimal("1.00") / Decimal("0.25"))
print(Decimal(2).sqrt(), Decimal("0.25").sqrt())
