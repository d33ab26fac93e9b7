# complex == and != with ints and floats, hash, truth, and as dict keys and set items
z = 1 + 0j
print(z == 1, 1 == z, z == 1.0, z != 1, 1j == 1j, 1j == 1, 2j != 2)
print(hash(z) == hash(1), hash(1j), hash(1 + 2j), hash(complex(-1, 0)))
print(bool(0j), bool(1j), bool(complex(0.0, -0.0)), not 0j)
d = {1: "one", 2j: "two j"}
print(d[z], d[2j])
s = {1j, 2j, 1j}
print(len(s), 1j in s, 1j in [2j, 1j])
try:
    print(1j < 2j)
except TypeError as err:
    print("TypeError:", err)
try:
    print(max([1j, 2j]))
except TypeError as err:
    print("TypeError:", err)
