# sort() reorders the same list
xs = [3, 1, 2]
ys = xs
xs.sort()
print(ys)
