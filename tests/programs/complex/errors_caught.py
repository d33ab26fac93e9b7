# The errors of complex numbers: division by zero, powers of zero, conversions, // and %
import math
tries = [
    lambda: 1j / 0,
    lambda: (1 + 1j) / 0j,
    lambda: 0j ** -1,
    lambda: 0 ** 1j,
    lambda: (2 + 0j) ** 1025,
    lambda: int(1j),
    lambda: float(2j),
    lambda: round(1j),
    lambda: 1j // 2,
    lambda: 1j % 2,
    lambda: divmod(1j, 2),
    lambda: pow(1j, 2, 3),
    lambda: ~1j,
    lambda: math.sqrt(1j),
    lambda: math.sqrt(-1),
    lambda: "%d" % 1j,
    lambda: "%f" % 1j,
]
for t in tries:
    try:
        print(t())
    except Exception as err:
        print(type(err).__name__, err)
