# int, bool, float and range attributes and methods: bit_count, real, as_integer_ratio, hex, count, index
big = 10**30 + 7
print((255).bit_count(), (-255).bit_count(), big.bit_count(), True.bit_count(), True.bit_length())
x = 1000
r = x.real
n = x.numerator
print(r is x, n is x, x.imag, x.denominator, x.conjugate() is x)
t = True.real
print(t, type(t), True.numerator, False.imag, True.as_integer_ratio())
print((7).as_integer_ratio(), big.as_integer_ratio())
f = 2.5
print(f.real is f, f.imag, f.conjugate() is f, f.as_integer_ratio(), (0.1).as_integer_ratio())
print((-0.0).as_integer_ratio(), (1e300).as_integer_ratio()[1], (5e-324).as_integer_ratio()[0])
print(f.hex(), (0.1).hex(), (-1.0).hex(), (0.0).hex(), (-0.0).hex(), (5e-324).hex(), (1e308).hex(), float("inf").hex(), float("nan").hex())
print((2.2250738585072014e-308).hex(), (1.5e-310).hex())
rg = range(3, 20, 4)
print(rg.count(7), rg.count(8), rg.count(7.0), rg.index(11), rg.index(True) if 1 in rg else -1)
print(range(10, 0, -3).index(4), range(10, 0, -3).count(1), range(0).count(0))
try:
    rg.index(8)
except ValueError as e:
    print(e)
try:
    rg.index("a")
except ValueError as e:
    print(e)
try:
    x.bit_count(1)
except TypeError as e:
    print(e)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(e)
