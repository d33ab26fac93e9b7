# math.lgamma of a huge number overflows: OverflowError, math range error
import math

print(math.lgamma(1e305))
print(math.lgamma(2e307))
