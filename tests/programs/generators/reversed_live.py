# reversed(list) reads the list as it is consumed
xs = [1, 2, 3]
r = reversed(xs)
xs[0] = 99
print(list(r))
