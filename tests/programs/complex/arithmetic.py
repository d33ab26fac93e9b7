# Arithmetic mixing int, float and complex: + - * / ** and the unary operators
z = 1 + 2j
w = 3 - 1j
print(z + w, z - w, z * w, z / w)
print(z + 1, 1 + z, z * 2, 2 * z, z / 2, 2 / z)
print(z + 0.5, 0.5 - z, z * 1.5, 1.5 / z)
print(-z, +z, -(0j))
print(+z is z)
print(z ** 2, z ** -1, z ** 0, z ** 0.5, 2 ** z, z ** w)
print(1j ** 1000, pow(z, 3))
print((-8) ** (1 / 3), (-8.0) ** 0.5)
print(abs(3 + 4j), abs(-2j), abs(0j))
total = 0
for k in [1j, 2, 3.5, -1 - 1j]:
    total = total + k
print(total, sum([1j, 2j, 3]))
z += 1
z *= 1j
print(z)
print(1e308j * 1e308j)
print(complex(float("nan"), float("inf")))
