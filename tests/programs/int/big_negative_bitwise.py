# & | ^ ~ on 2000-bit negatives follow infinite two's complement
a = -(3 ** 1300) - 17
b = -(7 ** 700) + 5
print((a & b) % 99991, (a | b) % 99991, (a ^ b) % 99991)
print(a & b < 0, a | b < 0, a ^ b < 0, (a & -b) > 0)
print(~a % 99991, (a & 0xFFFF), (a | 0xFFFF) % 1000, (a ^ -1) == ~a)
