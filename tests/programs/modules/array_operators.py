# arrays concatenate, repeat and compare like lists; +=, *= change them in place
import array

a = array.array("b", [1, 2])
b = array.array("b", [3])
c = a + b
d = a * 2
e = 3 * b
print(c, d, e)
same = a
a += b
a *= 2
print(a, same is a)
print(a == same, c == array.array("b", [1, 2, 3]), c != d, c < d, d <= c)
print(array.array("i", [1, 2]) == array.array("d", [1.0, 2.0]))
print(a == [1, 2, 3, 1, 2, 3])
print(sum(a), sorted(a), list(b), max(d), min(c))
print(bytes(array.array("h", [1, -2])), bytearray(array.array("B", [65, 66])))
