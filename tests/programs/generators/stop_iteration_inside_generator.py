# PEP 479: a StopIteration escaping a generator's body becomes RuntimeError, caused by it
def first_of_each(lists):
    for items in lists:
        it = iter(items)
        yield next(it)


try:
    print(list(first_of_each([[1, 2], [3], []])))
except RuntimeError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__suppress_context__)


def explicit():
    yield 1
    raise StopIteration("done")


g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(e, repr(e.__cause__))
