# unsupported: cmath.log line 4
import cmath
x = 1
print(cmath.log(-1))
