# isqrt on big ints, pow always returns a float, exp overflows
import math
print(math.isqrt(99), math.isqrt(10 ** 30))
print(math.pow(2, 10), math.pow(2, 0.5), math.exp(1))
print(math.fabs(-3), math.hypot(3, 4), math.hypot(1, 2, 2))
