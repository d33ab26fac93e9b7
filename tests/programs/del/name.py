# del removes a name; the object goes when nothing refers to it
a = [1, 2]
del a
b = 5
print(b)
