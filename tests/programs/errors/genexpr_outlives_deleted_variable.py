# a generator expression reads a variable its function deleted before returning: NameError
def make():
    x = 1
    g = (x for _ in [0])
    del x
    return g


print(list(make()))
