# two lists referring to each other, then both names deleted
a = []
b = [a]
a.append(b)
del a
del b
print("done")
