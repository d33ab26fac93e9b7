# functions: two calls on one line - the caller's first result is already bound when the second call starts
def f():
    return 1
def h():
    a = f(); b = f()
    return a + b
print(h())
