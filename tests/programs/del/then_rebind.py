# a deleted name can be bound again
x = 1
del x
x = 2
print(x)
