# The errors a course meets with Fraction
from fractions import Fraction

for args in [(1, 0), ("5/0",), ("abc",), ("1/2/3",), (1.5, 2), ([1],), (float("inf"),),
             (float("nan"),), ("",)]:
    try:
        Fraction(*args)
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
x = Fraction(3, 4)
for op in [lambda: x / 0, lambda: x // 0, lambda: x % 0, lambda: Fraction(0) ** -1,
           lambda: x + "a", lambda: x < "b", lambda: x.limit_denominator(0),
           lambda: -x / Fraction(0)]:
    try:
        op()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
