# closing a generator paused in `yield from` another one closes that one first, off the stack
def inner():
    try:
        yield 1
    finally:
        print("inner finally")


def outer():
    yield from inner()


g = outer()
next(g)
print("closing")
g.close()
