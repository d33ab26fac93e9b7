# unsupported: vars() line 5
# vars() without an argument is locals(): the frame's namespace as a dict, CPython's machinery
def f(a):
    b = a + 1
    return vars()


print(f(1))
