# unsupported: complex line 3
x = 1
z = 2j
print(z)
