# unsupported: precision line 4
import decimal

decimal.getcontext().prec = 200000
