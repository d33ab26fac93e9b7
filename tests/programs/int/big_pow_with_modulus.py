# pow(a, e, m) with big operands, negative exponents as modular inverses, and its ValueError
m = 2 ** 521 - 1
a = 3 ** 500
print(pow(a, 10 ** 50, m) % 10**9, pow(a, -1, m) * a % m, pow(-a, -3, -m) % 10**9)
try:
    pow(2 ** 600, -1, 2 ** 1000)
except ValueError as error:
    print(error)
print(pow(7, 2 ** 1000, 10 ** 100 + 267) % 10**9, hash(a) == hash(a % (2**61 - 1)))
