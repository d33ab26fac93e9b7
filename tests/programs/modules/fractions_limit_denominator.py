# limit_denominator finds the closest fraction with a bounded denominator
from fractions import Fraction
import math

pi = Fraction(math.pi)
print(pi.limit_denominator(10), pi.limit_denominator(100), pi.limit_denominator())
print(Fraction("3.141592653589793").limit_denominator(1000))
print(Fraction(4321, 8765).limit_denominator(10000), Fraction(1, 3).limit_denominator(2))
print(Fraction(0.1).limit_denominator(), Fraction(-0.1).limit_denominator(50))


def continued(num):
    terms = []
    while True:
        whole = math.floor(num)
        terms.append(whole)
        num -= whole
        if num == 0:
            return terms
        num = 1 / num


print(continued(Fraction(415, 93)), continued(Fraction("3.245")))
