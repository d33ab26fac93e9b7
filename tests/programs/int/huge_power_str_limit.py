# 10**100000 is made at once; str() of it past 4300 digits raises CPython's ValueError
x = 10 ** 100000
try:
    text = str(x)
except ValueError as error:
    print(error)
print(x % 999983, len(hex(x)), x.bit_length())
