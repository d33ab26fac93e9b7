# What a Decimal refuses, with CPython's messages: other operand types, a float power, new attributes, a str exponent
from decimal import Decimal

d = Decimal("1.5")
for attempt in [lambda: d < "a", lambda: d + "a", lambda: d ** 1.5, lambda: round(d, 1.5),
                lambda: d.quantize("0.1"), lambda: d.foo, lambda: Decimal([1, 2]) if False else Decimal(None)]:
    try:
        print(attempt())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    d.x = 1
except AttributeError as e:
    print(e)
try:
    d.real = 2
except AttributeError as e:
    print(e)
print(d == "1.5", d != "1.5", d.quantize(1), d.to_integral_value() is d)
from fractions import Fraction
try:
    print(Fraction(1, 2) + d)
except TypeError as e:
    print(e)
print(Decimal(2) ** Fraction(3))
