# int.__pow__ and __rpow__ called by name take a modulus, as pow(a, b, m) does
print(int.__pow__(2, 10, 1000))
print((3).__pow__(4, None))
print(int.__rpow__(3, 2, 5))
print((7).__pow__(2, 2.0))
print(True.__pow__(5, 3))
print((3).__pow__(-1, 7))
try:
    float.__pow__(2.0, 3, 5)
except TypeError as e:
    print("float:", e)
try:
    (2).__pow__(3, 0)
except ValueError as e:
    print("zero:", e)
try:
    (2).__pow__(-1, 4)
except ValueError as e:
    print("inverse:", e)
for args in [(), (1, 2, 3)]:
    try:
        (2).__pow__(*args)
    except TypeError as e:
        print("count:", e)
try:
    (2).__pow__(1, mod=3)
except TypeError as e:
    print("keyword:", e)
