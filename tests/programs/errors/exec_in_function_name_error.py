# a name exec binds in a function is in its locals dict, not a variable the code can read
def f():
    exec("x = 1")
    return x


f()
