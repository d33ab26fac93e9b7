# Seed 2: a += 1 makes a new object
a = 10
b = a
a += 1

if id(a) != id(b):
    print("a and b do not refer to the same object")
