# a lambda that yields is paused at its yield like any generator
f = lambda: (yield 1)
g = f()
print(next(g))
print(list(f()))
