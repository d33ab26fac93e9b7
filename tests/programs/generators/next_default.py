# next(g, default) gives the default once the generator is exhausted
def one():
    yield 1

g = one()
print(next(g, "none"))
print(next(g, "none"))
