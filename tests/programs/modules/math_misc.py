# isclose, copysign, fmod, modf
import math
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2))
print(math.copysign(3, -0.0), math.fmod(7, -3), 7 % -3)
print(math.modf(3.25), math.modf(-1.5))
