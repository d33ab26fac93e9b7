# math.factorial(20001) and friends on big values, reduced by a big prime
import math
prime = 2 ** 127 - 1
f = math.factorial(20001)
print(f % prime, len(str(f % 10**4000)))
print(math.comb(20000, 9000) % prime, math.perm(10**30, 200) % prime)
print(math.isqrt(10**10001) % prime, math.gcd(f, 2**40000) % prime, math.lcm(6**500, 10**400) % prime)
