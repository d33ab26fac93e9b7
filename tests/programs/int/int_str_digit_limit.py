# int(text) and str(int) stop at 4300 decimal digits; hex and small reductions do not
digits = "7" * 5001
try:
    int(digits)
except ValueError as error:
    print(error)
n = int("0x" + "f" * 5000, 16)
print(n % 1000, len(hex(n)))
edge = 10 ** 4299
print(len(str(edge)))
try:
    print(edge * 10)
except ValueError as error:
    print(error)
