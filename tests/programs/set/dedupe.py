# a set built from a list drops duplicates
s = set([1, 1, 2, 2, 2])
print(sorted(s))
