# floor, ceil and trunc return ints; on an int they return the same int
import math
big = 10 ** 20
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.floor(big) is big, math.floor(7.0))
print(math.ceil(1e20))
