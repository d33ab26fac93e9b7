# positional arguments and several * spreads combine in order
def f(*args):
    return args

print(f(0, *[1, 2], 3, *(4, 5)))
