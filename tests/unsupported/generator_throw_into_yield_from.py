# unsupported: yield line 15
def inner():
    try:
        yield 1
    except KeyError:
        yield 2


def outer():
    yield from inner()


g = outer()
next(g)
print(g.throw(KeyError))
