# assigning to an index replaces one reference
xs = [1, 2, 3]
xs[1] = 200
print(xs)
