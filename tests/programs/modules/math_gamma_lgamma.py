# math.gamma and math.lgamma to the last digit (CPython's Lanczos sum, not the C library): poles, overflow, tiny, huge and negative arguments
import math
vals = [2.3, 0.5, 1.5, 3.7, 10.1, 0.001, 1e-10, 1e-25, -1e-25, 5e-324, -0.5, -1.5, -2.5, -3.3, -10.7, -100.5,
        -170.5, -171.5]
vals += [ -200.5, -201.5, -1000.25, 12.345, 23.0, 24.0, 25.5, 50.5, 100.3, 139.9, 140.2]
vals += [ 150.5, 170.6, 171.6, 171.7, 180.0,
        200.0, 201.0, 1e300, 0.0, -0.0, -1.0, -2.0, -1e10, 1.0, 2.0, 3.0, float("inf"), float("-inf"), float("nan"), 7, -3, 10**20, 5.49, 5.53, 6.0000001]
for v in vals:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, v, repr(f(v)))
        except (ValueError, OverflowError) as e:
            print(f.__name__, v, type(e).__name__, e)
import random
random.seed(5)
for i in range(120):
    v = random.uniform(-180, 180)
    print(repr(math.gamma(v)) if abs(v) < 171 else "", repr(math.lgamma(v)))
for i in range(60):
    v = random.uniform(0, 1e6)
    print(repr(math.lgamma(v)), repr(math.lgamma(-v)))
