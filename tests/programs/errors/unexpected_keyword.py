# a keyword argument that names no parameter
def f(a, b):
    return a

f(1, z=2)
