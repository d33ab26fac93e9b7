# a generator that returns: next() after the end raises StopIteration
def gen():
    yield 1
    return 5

g = gen()
print(next(g))
next(g)
