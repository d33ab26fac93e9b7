# locals() in a function: a dict of its names, the same dict each call, followed step by step
def f(a):
    b = a + 1
    d = locals()
    print(sorted(locals()))
    c = b * 2
    e = locals()
    return d is e


print(f(1))
