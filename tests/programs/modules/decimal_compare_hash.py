# Decimals compare and hash by value with ints, floats and each other: dict keys, sorted, max, min, sum
from decimal import Decimal

prices = [Decimal("2.50"), Decimal("0.99"), Decimal("10"), Decimal("2.5")]
print(sorted(prices))
print(max(prices), min(prices), sum(prices))
print(Decimal("2.50") == Decimal("2.5"), Decimal(1) == 1, Decimal("0.5") == 0.5)
print(Decimal("0.1") == 0.1, Decimal(0.1) == 0.1, Decimal("0.3") < 0.3)
print(Decimal("NaN") == Decimal("NaN"), Decimal(1) != 2, 3 > Decimal("2.99"))
print(hash(Decimal(1)) == hash(1), hash(Decimal("1.5")) == hash(1.5), hash(Decimal("2.50")) == hash(Decimal("2.5")))
stock = {Decimal("1.0"): "one", 2: "two"}
print(stock[1], stock[Decimal("2.00")], Decimal(2) in {2, 3})
cheapest = min(prices)
print(cheapest is prices[1])
