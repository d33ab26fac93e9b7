# a generator's __name__, __qualname__, gi_running and gi_suspended
def countdown(n):
    while n > 0:
        yield n
        n -= 1


def watch():
    yield g.gi_running


g = watch()
c = countdown(2)
print(c.__name__, c.__qualname__, c.gi_running, c.gi_suspended)
next(c)
print(c.gi_running, c.gi_suspended, next(g))
list(c)
print(c.gi_running, c.gi_suspended)
