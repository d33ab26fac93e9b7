# generator functions take every kind of parameter
def gen(start, *more, step=1, **opts):
    n = start
    for _ in more:
        yield n
        n += step
    yield opts

print(list(gen(5, "a", "b", step=2, tag="t")))
