# gcd and lcm of several ints, comb and perm
import math
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6, 10))
print(math.lcm(4, 6), math.lcm(), math.lcm(3, 0))
print(math.comb(5, 2), math.comb(3, 5), math.perm(5, 2), math.perm(4))
