# unsupported: attribute line 5
from fractions import Fraction

f = Fraction(1, 2)
f.label = "half"
print(f.label)
