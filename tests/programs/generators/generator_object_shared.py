# two names for one generator object share its state
def gen():
    yield 1
    yield 2

g = gen()
h = g
print(next(g), next(h), g is h)
