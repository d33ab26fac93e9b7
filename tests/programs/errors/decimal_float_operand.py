# A Decimal and a float do not mix in arithmetic: TypeError
from decimal import Decimal

total = Decimal("1.10") + 0.5
