# f(*it) consumes any iterable, here a range and a string
def f(*args):
    return list(args)

print(f(*range(3)))
print(f(*"hi"))
