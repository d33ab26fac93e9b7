# copy.deepcopy of a list copies the inner lists too
import copy
a = [[1, 2], [3, 4]]
b = copy.deepcopy(a)
b[0].append(99)
print(a, b, b[0] is a[0])
