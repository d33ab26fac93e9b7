# an array.array holds numbers of one typecode: indexing, len, iteration, `in` and its repr
import array

a = array.array("i", [3, 1, 4, 1, 5])
print(a)
print(a.typecode, a.itemsize, len(a))
first = a[0]
last = a[-1]
print(first, last)
total = 0
for x in a:
    total += x
print(total, 4 in a, 9 in a, "x" in a)
empty = array.array("d")
print(empty, len(empty), bool(empty), bool(a))
print(type(a), type(a).__name__, array.typecodes)
print(array.ArrayType is array.array)
