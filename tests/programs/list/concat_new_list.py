# + builds a new list
a = [1]
b = a + [2]
print(a, b)
