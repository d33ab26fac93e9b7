# Fraction's class side: from_float, its slots, and its repr
from fractions import Fraction
print(Fraction.from_float(0.1), Fraction.from_float(3), Fraction.__slots__, Fraction.__abstractmethods__)
f = Fraction(3, 4)
print(f._numerator, f._denominator, f.__slots__)
try:
    Fraction.from_float("x")
except TypeError as e:
    print(e)
print(Fraction, repr(Fraction(1, 3)), type(f) is Fraction, Fraction.__name__)
