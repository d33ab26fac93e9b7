# complex() from two numbers, from a string, from a complex (the same object), and its errors
a = complex(1, 2)
b = complex(3)
c = complex()
d = complex("1+2j")
e = complex(" ( -1.5-2.5J ) ")
f = complex("j")
g = complex(real=1, imag=-2)
h = complex(imag=2)
i = complex(1j, 1j)
j = complex(2.5, 0)
k = complex("1e3j")
m = complex("1_0+2_0j")
print(a, b, c, d, e, f, g, h, i, j, k, m)
print(complex(d) is d)
print(complex(True, False))
print(complex("inf-nanj"), complex("-infj"))
for bad in ["1+", "x", "1 +2j", "()", "1__2"]:
    try:
        complex(bad)
    except ValueError as err:
        print("ValueError:", err)
for args in [("1", 2), (1, "2"), ([],), (1, [])]:
    try:
        complex(*args)
    except TypeError as err:
        print("TypeError:", err)
try:
    complex(2 ** 2000)
except OverflowError as err:
    print("OverflowError:", err)
