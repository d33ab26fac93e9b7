# insert() puts an item before an index
xs = [1, 3]
xs.insert(1, 2)
print(xs)
