# unsupported: 'n' line 4
from decimal import Decimal

print(format(Decimal("1234.5"), "n"))
