# math.comb() with ten million factors: a product tree of GMP multiplications, about 10 s
import math
print(math.comb(2 * 10**7, 10**7) % 10)
