# remove() deletes the first equal item
xs = [3, 1, 3]
xs.remove(3)
print(xs)
