# two names for one list
a = [1, 2, 3]
b = a
print(a is b)
