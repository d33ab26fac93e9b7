# list.index and list.count
xs = [1, 2, 2, 3]
print(xs.index(2), xs.count(2))
