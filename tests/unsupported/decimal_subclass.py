# unsupported: subclass line 7
from decimal import Decimal

class Money(Decimal):
    pass

m = Money("1.50")
print(m)
