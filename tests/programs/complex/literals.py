# Imaginary literals and the repr of complex numbers: parentheses unless the real part is +0
a = 2j
b = 1.5e3j
c = 3 + 4j
d = -2j
e = 0j
f = 1e16j
g = 0.1 + 1e-5j
h = 1_000j
print(a, b, c, d, e, f, g, h)
print(repr(c), str(d))
print([a, c, -c])
print(type(a), type(c).__name__)
same = 3 + 4j
print(c is same)
k = 07j
print(k)
