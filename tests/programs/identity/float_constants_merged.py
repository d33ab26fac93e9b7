# equal float constants are one object
a = 2.5
b = 2.5
c = a * 1
print(a is b, a is c)
