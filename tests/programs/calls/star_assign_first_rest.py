# first, *rest = xs puts the tail in a new list
xs = [1, 2, 3, 4]
first, *rest = xs
print(first, rest)
