# a slice is a new list
xs = [1, 2, 3, 4]
part = xs[1:3]
print(part)
