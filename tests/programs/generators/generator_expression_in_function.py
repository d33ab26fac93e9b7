# a generator expression inside a function reads the function's variables lazily
def scaled(xs, k):
    g = (x * k for x in xs)
    k = 100
    return list(g)

print(scaled([1, 2], 3))
