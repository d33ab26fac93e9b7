# unsupported: traceback line 12
def numbers():
    yield 1
    yield 2


gen = numbers()
next(gen)
try:
    1 / 0
except ZeroDivisionError as e:
    gen.throw(type(e), e, e.__traceback__)
