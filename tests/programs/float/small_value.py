# tiny floats use an exponent too
x = 0.0001
y = x / 100
print(x, y)
