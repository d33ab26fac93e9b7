# unsupported: yield line 16
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
