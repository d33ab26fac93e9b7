# throwing GeneratorExit into a generator paused in `yield from` closes its delegate first
def inner():
    try:
        yield "a"
    finally:
        print("inner closed")


def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise


g = outer()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("caught")
