# unsupported: ndigits line 4
from fractions import Fraction

print(round(Fraction(1, 3), 2.0))
