# throw() with arguments CPython refuses: each TypeError message
def gen():
    yield 1


g = gen()
next(g)
for args in [(5,), (ValueError("x"), "extra"), (), (ValueError, None, None, 1), (int,), (ValueError, None, 3)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print(e)
try:
    g.close(1)
except TypeError as e:
    print(e)
try:
    g.throw(typ=ValueError)
except TypeError as e:
    print(e)
print(next(g, "still paused before"))
