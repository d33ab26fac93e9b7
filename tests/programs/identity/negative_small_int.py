# -5 is the smallest cached int
a = -5
b = -10 + 5
print(a is b)
