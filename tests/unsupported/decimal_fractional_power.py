# unsupported: non-integral line 4
from decimal import Decimal

print(Decimal(2) ** Decimal("0.5"))
