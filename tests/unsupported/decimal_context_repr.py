# unsupported: repr() line 4
import decimal

print(decimal.getcontext())
