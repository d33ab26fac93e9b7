# id() values are equal exactly for the same object (not printed: they vary)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c))
