# a positional-only name may still arrive in **kwargs
def f(a, /, **kw):
    return [a, kw]

print(f(1, a=2))
