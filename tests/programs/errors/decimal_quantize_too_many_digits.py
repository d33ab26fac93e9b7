# quantize() to more digits than the precision allows raises InvalidOperation
from decimal import Decimal, getcontext

getcontext().prec = 4
print(Decimal("123.456").quantize(Decimal("0.01")))
