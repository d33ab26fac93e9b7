# each list display builds a new list, even with equal contents
a = [1, 2]
b = [1, 2]
print(a == b, a is b)
