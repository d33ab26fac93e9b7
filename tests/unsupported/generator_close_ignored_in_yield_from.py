# unsupported: ignores line 15
def inner():
    try:
        yield 1
    finally:
        yield 2


def outer():
    yield from inner()


g = outer()
next(g)
g.close()
