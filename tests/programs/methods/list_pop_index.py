# list.pop with an index
xs = [10, 20, 30]
mid = xs.pop(1)
print(mid, xs)
