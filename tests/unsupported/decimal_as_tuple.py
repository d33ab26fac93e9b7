# unsupported: Decimal.as_tuple line 4
from decimal import Decimal

print(Decimal("1.50").as_tuple())
