# Swapping two variables
x = "left"
y = "right"
x, y = y, x
print(x, y)
