# swapping two names with a tuple
a = 1
b = 2
a, b = b, a
print(a, b)
