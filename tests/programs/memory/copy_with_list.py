# list() copies the list
a = [1, 2]
b = list(a)
b[0] = 100
print(a, b)
