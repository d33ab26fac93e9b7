# a shallow copy shares the inner lists
a = [[1], [2]]
b = a[:]
b[0].append(9)
print(a)
