# assigning to a slice replaces part of the list
a = [1, 2, 3, 4]
a[1:3] = [20, 30, 40]
print(a)
