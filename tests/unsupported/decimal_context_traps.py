# unsupported: traps line 5
from decimal import getcontext

ctx = getcontext()
print(ctx.traps)
