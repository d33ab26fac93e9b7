# slicing an array gives a new array; slices and items are assigned and deleted in place
import array

a = array.array("i", range(8))
part = a[2:5]
print(part, a[::-1], a[::3], a[10:])
a[0] = 100
a[1:3] = array.array("i", [7, 7, 7])
print(a)
a[::2] = array.array("i", [0, 0, 0, 0, 0])
print(a)
del a[0]
del a[1:3]
del a[::2]
print(a)
a[len(a):] = a
print(a)
