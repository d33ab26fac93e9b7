# a generator yields values, then returns: each yield is a step of its own, the return ends it
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"


c = countdown(2)
print(next(c))
print(next(c))
try:
    next(c)
except StopIteration as stop:
    print(stop.value)
