# exec in a function binds into the frame's locals dict: the debugger shows x, the code reads it there
def f():
    a = 1
    exec("x = a + 1")
    print(locals()["x"])
    return a


f()
