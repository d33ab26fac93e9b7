# Constants of the same type merge only when their values are equal: a big int (past 64 bits)
# and a machine-sized one with the same digits in another base stay apart.
a = 2 ** 64
b = 10 ** 16
print(a, b)
c = 2 ** 68
d = 10 ** 17
print(c, d)
e = 0x12345678901234567
f = 12345678901234567
print(e, f, e == f)
