# unsupported: __eq__ line 4
from fractions import Fraction

seen = {Fraction(1, 2)}
print(Fraction(2, 4) in seen)
