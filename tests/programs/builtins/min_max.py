# min and max of several values or one list
print(min(3, 1, 2), max([4, 9, 2]))
