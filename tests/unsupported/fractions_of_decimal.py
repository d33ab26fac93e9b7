# unsupported: Fraction() line 5
from decimal import Decimal
from fractions import Fraction

print(Fraction(Decimal("1.5")))
