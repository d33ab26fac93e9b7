# decimal.Decimal keeps the digits it is given: str and repr, an int, a str, the exact binary value of a float
from decimal import Decimal

price = Decimal("1.10")
count = Decimal(3)
tenth = Decimal(0.1)
print(price, repr(price), count)
print(tenth)
print(Decimal("1E+3"), Decimal("0.000001"), Decimal("1e-7"), Decimal("123E5"))
print(Decimal("NaN"), Decimal("Infinity"), Decimal("-0"), Decimal(" -2.50 "))
print(Decimal(), Decimal(True), Decimal(10**30), Decimal("1_000.5"))
same = Decimal(price)
print(same is price, type(price).__name__)
print(Decimal.from_float(0.25), Decimal.from_float(7), price.from_float(1.5))
