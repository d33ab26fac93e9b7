# The decimal context: getcontext().prec and .rounding change every later result, localcontext() only inside a with block
import decimal
from decimal import Decimal, getcontext, localcontext

ctx = getcontext()
print(ctx.prec, ctx.rounding, ctx is getcontext())
print(Decimal(1) / Decimal(7))
ctx.prec = 6
print(Decimal(1) / Decimal(7), Decimal("123.4567") + 0, Decimal(2).sqrt())
ctx.rounding = decimal.ROUND_UP
print(Decimal(1) / Decimal(7))
with localcontext() as local:
    local.prec = 3
    print(Decimal(2) / 3, local is getcontext())
print(Decimal(2) / 3, getcontext() is ctx)
print(Decimal("1.0").is_zero(), Decimal("NaN").is_nan(), Decimal("-Infinity").is_infinite(), Decimal("-2").is_signed())
print(Decimal("1.200").normalize(), Decimal("-5.5").copy_abs(), Decimal("123.45").adjusted(), Decimal("2.7").to_integral_value())
fresh = decimal.Context()
print(fresh.prec, fresh.rounding, fresh is getcontext())
