# An uncaught StopIteration inside a generator: RuntimeError with the StopIteration as cause
def gen():
    items = iter([])
    yield next(items)


for x in gen():
    print(x)
