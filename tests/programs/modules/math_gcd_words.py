# math.gcd on ints of one machine word and past it: signs, zeros, int64's limits, bools
import math

print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, -18), math.gcd(-4, -6))
print(math.gcd(0, 0), math.gcd(7, 0), math.gcd(0, -7), math.gcd(12, 18, 27))
low = -(2**63)
print(math.gcd(low), math.gcd(low, 0), math.gcd(low, 6), math.gcd(2**63 - 1, 7))
print(math.gcd(2**64, 2**63), math.gcd(True, 4), math.gcd(10**30, 25))
small = math.gcd(5, 10)
print(small is math.gcd(15, 10), type(small))


class Count(int):
    pass


print(math.gcd(Count(6), 4), math.gcd(Count(-9)), type(math.gcd(Count(9))))
try:
    math.gcd(4, 2.0)
except TypeError as e:
    print(e)
