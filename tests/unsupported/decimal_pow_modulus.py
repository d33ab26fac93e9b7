# unsupported: modulus line 4
from decimal import Decimal

print(pow(Decimal(3), 4, 5))
