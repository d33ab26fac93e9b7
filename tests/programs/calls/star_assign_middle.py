# a, *b, c = ... takes both ends, the middle goes to a list
a, *b, c = range(5)
print(a, b, c)
x, *y, z = "ab"
print(x, y, z)
