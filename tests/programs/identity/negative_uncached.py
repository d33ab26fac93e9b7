# -6 computed at run time is a new object, not the constant -6
a = -6
n = 3
b = -n * 2
print(a == b, a is b)
