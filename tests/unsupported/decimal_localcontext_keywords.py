# unsupported: localcontext line 4
from decimal import Decimal, localcontext

with localcontext(prec=5):
    print(Decimal(1) / Decimal(7))
