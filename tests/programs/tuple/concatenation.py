# + on tuples builds a new tuple
a = (1, 2)
b = a + (3,)
print(b)
