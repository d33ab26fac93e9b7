# unsupported: Emax line 4
import decimal

wide = decimal.Context(prec=10, Emax=50)
print(wide.Emax)
