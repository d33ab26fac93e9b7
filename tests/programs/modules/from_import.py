# `from math import sqrt, pi` binds the module's own objects: pi is math.pi
from math import sqrt, pi
import math
print(sqrt(2), pi is math.pi)
