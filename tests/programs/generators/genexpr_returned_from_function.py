# a generator expression returned from its function keeps reading the function's variables
def scale(xs, k):
    return (x * k for x in xs)


doubled = scale([1, 2, 3], 2)
print(next(doubled))
print(list(doubled))
print(list(scale([1, 2], 3)))
