# unsupported: infinite line 4
import cmath
x = float("inf")
print(cmath.sqrt(x))
