# An exception thrown into a generator, never caught: the traceback passes through the generator
def gen():
    yield 1


g = gen()
next(g)
g.throw(ValueError("thrown in"))
