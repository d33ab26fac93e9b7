# a module's names are candidates
import math
print(math.sqr(2))
