# **kwargs is an empty dict when no extra keywords are passed
def f(a, **kw):
    return len(kw)

print(f(1))
print(f(a=2))
