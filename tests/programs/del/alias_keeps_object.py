# deleting one name keeps the object alive for the other
a = [7]
b = a
del a
print(b)
