# bitwise and, or, xor, shifts
a = 12
b = 10
print(a & b, a | b, a ^ b, a << 2, a >> 1)
