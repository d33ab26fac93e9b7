# unsupported: subclass line 7
from fractions import Fraction

class Money(Fraction):
    pass

m = Money(3, 4)
print(m)
