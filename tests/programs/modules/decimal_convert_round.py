# Decimal to int, float, bool and text: round(), quantize() with a rounding mode, format() and f-strings
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING

amount = Decimal("2.675")
print(int(Decimal("-7.9")), float(amount), bool(Decimal("0.00")), bool(amount))
print(round(Decimal("2.5")), round(Decimal("3.5")), round(amount, 2), round(Decimal("1234.5"), -2))
half = Decimal("2.665")
print(half.quantize(Decimal("0.01")), half.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal("7.19").quantize(Decimal("0.1"), ROUND_DOWN), Decimal("-7.11").quantize(Decimal("1"), rounding=ROUND_CEILING))
print(ROUND_HALF_UP, type(ROUND_DOWN).__name__)
print(format(Decimal("1234.5678"), ",.2f"), format(Decimal("0.125"), ".1%"), format(Decimal("123.456"), ".2e"))
total = Decimal("19.999")
print(f"{total:.2f} {total:>10.1f}| {total:<8}| {Decimal('-3'):+.3f} {Decimal('5'):08.2f}")
print(str(Decimal("1.50")), repr(Decimal("-0.0")), f"{Decimal('1E+2')}")
