# A thrown exception handled by `return value`: throw() raises StopIteration carrying the value
def gen():
    try:
        yield 1
    except ValueError:
        return "stopped"


g = gen()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("value:", e.value, e.args)
