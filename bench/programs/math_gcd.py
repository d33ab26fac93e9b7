# 1,000,000 calls of math.gcd on small ints.
import math

total = 0
for i in range(1, 1_000_001):
    total += math.gcd(i, 360)
print(total)
