# a generator expression returned by a function is consumed after the function returned
def scale(xs, k):
    return (x * k for x in xs)

print(list(scale([1, 2], 3)))
