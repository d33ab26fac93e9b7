# big floats print in scientific notation
x = 1e16
y = x * 10
print(x, y)
