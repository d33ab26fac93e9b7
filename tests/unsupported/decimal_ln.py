# unsupported: Decimal.ln line 4
from decimal import Decimal

print(Decimal(10).ln())
