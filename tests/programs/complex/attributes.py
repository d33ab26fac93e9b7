# real and imag are new floats each time; conjugate() makes a new complex
z = 3 - 4j
r = z.real
i = z.imag
c = z.conjugate()
print(r, i, c)
print(z.real is z.real)
print(isinstance(z, complex), isinstance(1, complex))
print(type(z.real), (2j).imag, (5j).real)
