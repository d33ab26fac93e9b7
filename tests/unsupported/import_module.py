# unsupported: import line 3
x = 1
import math
print(math.pi)
