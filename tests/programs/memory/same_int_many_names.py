# several names can share one int object
a = 300
b = a
c = b
a = 301
print(b is c, a)
