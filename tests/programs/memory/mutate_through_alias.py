# changing the list through one name is visible through the other
a = [1, 2, 3]
b = a
b.append(4)
print(a)
