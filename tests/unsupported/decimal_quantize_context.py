# unsupported: quantize line 5
from decimal import Context, Decimal, ROUND_UP

price = Decimal("2.345")
print(price.quantize(Decimal("0.01"), context=Context(rounding=ROUND_UP)))
