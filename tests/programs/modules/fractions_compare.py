# Fractions compare exactly with ints, floats and each other; bool, int, float, round
import math
from fractions import Fraction

half = Fraction(1, 2)
print(half == 0.5, half == Fraction(2, 4), Fraction(4, 2) == 2, half != 1, half == "1/2")
print(half < 1, half > 0.4, half <= Fraction(1, 3), half >= 0, 0.1 < Fraction(1, 10))
print(Fraction(1, 10) == 0.1, half < math.inf, half > -math.inf, half == math.nan)
print(sorted([Fraction(2, 3), Fraction(1, 2), 0.6, 1]), max(Fraction(7, 3), 2), min(half, 1))
print(bool(Fraction(0)), bool(half), int(Fraction(-7, 2)), float(Fraction(1, 3)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(1, 3), 2))
print(round(Fraction(12345, 7), -2), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)))
print(math.trunc(Fraction(-7, 2)), hash(Fraction(3)) == hash(3), hash(half) == hash(0.5))
print(hash(Fraction(-1, 3)), hash(Fraction(10**30, 7)))
