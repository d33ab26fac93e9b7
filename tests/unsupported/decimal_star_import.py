# unsupported: decimal line 2
from decimal import *

print(Decimal("1.5"))
