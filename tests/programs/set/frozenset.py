# a frozenset is an immutable set
f = frozenset([1, 2])
print(len(f), 1 in f)
