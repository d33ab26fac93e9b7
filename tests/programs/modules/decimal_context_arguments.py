# a Context made with settings (by keyword and by position; None keeps the default), and
# the arithmetic done under it
import decimal
from decimal import Context, Decimal

money = Context(prec=10, rounding=decimal.ROUND_HALF_UP)
print(money.prec, money.rounding, money.capitals)
with decimal.localcontext(money):
    print(Decimal(2) / Decimal(3))
short = Context(3, decimal.ROUND_DOWN, None, None, 0)
print(short.prec, short.rounding, short.capitals)
decimal.setcontext(short)
print(Decimal(2) / Decimal(3), Decimal("1E+5") * 3)
kept = Context(prec=None, rounding=None)
print(kept.prec, kept.rounding)
