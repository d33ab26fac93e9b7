# copy.copy of a list makes a new list whose items are the same objects
import copy
a = [[1, 2], [3, 4]]
b = copy.copy(a)
b[0].append(99)
print(a, b is a, b[0] is a[0])
