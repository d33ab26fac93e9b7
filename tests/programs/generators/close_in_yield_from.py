# closing a generator paused in `yield from` closes the one it delegates to first
def inner():
    try:
        yield 1
    finally:
        print("inner finally")


def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")


g = outer()
next(g)
print("closing")
g.close()
print("closed")
