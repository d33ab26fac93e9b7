# math.comb() with a million factors, each multiplying a product of millions of bits
import math
print(math.comb(2 * 10**6, 10**6) % 10)
