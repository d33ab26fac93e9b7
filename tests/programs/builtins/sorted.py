# sorted() returns a new sorted list and leaves the original alone
xs = [3, 1, 2]
ys = sorted(xs)
print(xs, ys)
