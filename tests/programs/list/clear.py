# clear() empties the list object
a = [1, 2, 3]
b = a
a.clear()
print(b)
