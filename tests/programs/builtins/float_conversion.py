# float() parses strings and converts ints
x = float("2.5")
y = float(3)
print(x + y)
