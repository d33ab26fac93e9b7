# del on a slice removes several items
xs = [0, 1, 2, 3, 4]
del xs[1:3]
print(xs)
