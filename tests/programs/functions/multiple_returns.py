# returning a tuple of several values
def min_max(xs):
    return min(xs), max(xs)

lo, hi = min_max([3, 9, 1])
print(lo, hi)
