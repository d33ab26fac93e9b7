# math.factorial(20000), a number of 77,338 digits, computed 20 times; its bit length and a residue are printed.
import math

for _ in range(20):
    big = math.factorial(20000)
print(big.bit_length(), big % 1_000_000_007)
