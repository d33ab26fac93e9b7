# 'f' arrays store 32-bit floats (0.1 reads back rounded), 'd' arrays 64-bit ones
import array

f = array.array("f", [0.1, 1.5, 2])
d = array.array("d", [0.1, 1.5, 2])
print(f)
print(d)
x = f[0]
y = d[0]
print(x, y, x == y)
f.append(1e40)
f.append(-1e-50)
print(f)
print(array.array("d", [float("nan"), float("-inf")]))
print(array.array("f", [1.5]) == array.array("d", [1.5]))
