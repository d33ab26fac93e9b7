# += extends the same list object in place
a = [1]
b = a
a += [2]
print(b)
