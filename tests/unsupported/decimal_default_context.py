# unsupported: DefaultContext line 4
import decimal

print(decimal.DefaultContext.prec)
