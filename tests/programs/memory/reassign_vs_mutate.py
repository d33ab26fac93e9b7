# rebinding a name does not change the object other names see
a = [1]
b = a
a = a + [2]
print(a, b)
