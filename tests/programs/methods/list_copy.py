# list.copy makes a shallow copy
a = [1, [2]]
b = a.copy()
print(a == b, a is b, a[1] is b[1])
