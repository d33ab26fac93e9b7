# del on a list index removes that item
xs = [1, 2, 3]
del xs[0]
print(xs)
