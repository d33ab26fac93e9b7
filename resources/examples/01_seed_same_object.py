# Seed 1: two names, one object
a = 10
b = a

if id(a) == id(b):
    print("a and b refer to the same object")
