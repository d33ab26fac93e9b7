# Decimal and Context methods given another object, and quantize() given an argument twice: TypeError
import decimal
from decimal import Decimal, Context


class Money:
    pass


calls = [
    lambda: Decimal.sqrt(4),
    lambda: Decimal.sqrt(Money()),
    lambda: Decimal.__copy__(Money()),
    lambda: Decimal.__deepcopy__(Money(), {}),
    lambda: Decimal.__round__(Money()),
    lambda: Decimal.__add__(Money(), 2),
    lambda: Decimal.__neg__(Context()),
    lambda: Context.copy(Money()),
    lambda: Context.copy(4),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
print(Decimal.sqrt(Decimal(16)))
try:
    decimal.setcontext(28)
except TypeError as e:
    print("setcontext:", e)
price = Decimal("1.25")
quantize_calls = [
    lambda: price.quantize(1, 2, 3, 4),
    lambda: price.quantize(Decimal(1), exp=Decimal(2)),
    lambda: price.quantize(Decimal(1), "ROUND_UP", rounding="ROUND_UP"),
]
for call in quantize_calls:
    try:
        call()
    except TypeError as e:
        print("quantize:", e)
