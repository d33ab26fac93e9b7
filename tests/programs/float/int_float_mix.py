# an int plus a float gives a float
a = 3
b = 0.5
c = a + b
print(c)
