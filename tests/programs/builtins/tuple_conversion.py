# tuple() from a list
t = tuple([1, 2, 3])
print(t)
