# unary minus makes a new int
a = 300
b = -a
print(b)
