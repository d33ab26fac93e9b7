# the value of a yield expression is None when resumed with next()
def gen():
    got = yield 1
    print("got", got)
    yield 2

g = gen()
next(g)
next(g)
