# close() on a generator that yields again after GeneratorExit: uncaught RuntimeError
def gen():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = gen()
next(g)
g.close()
