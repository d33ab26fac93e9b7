# unpacking a tuple into names
pair = (1, 2)
x, y = pair
print(x, y)
