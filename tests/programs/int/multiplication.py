# multiplying ints
x = 12
y = x * 12
print(y)
