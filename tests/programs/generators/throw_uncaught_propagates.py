# An exception thrown into a generator that does not catch it leaves through throw(); finally runs
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally")


g = gen()
next(g)
try:
    g.throw(ZeroDivisionError("thrown"))
except ZeroDivisionError as e:
    print("caught", e)
print(next(g, "finished"))
