# a frame's locals appear as they are bound
def f():
    a = 1
    b = [a]
    c = b
    return c

print(f())
