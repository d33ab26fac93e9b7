# unsupported: module line 3
import math
del math.pi
