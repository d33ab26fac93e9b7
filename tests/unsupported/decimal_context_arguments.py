# unsupported: Context() line 4
import decimal

money = decimal.Context(prec=10, rounding=decimal.ROUND_HALF_UP)
print(money.prec)
