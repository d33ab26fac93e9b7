# exec rebinding a function's variable changes only the locals dict, never the variable
def f():
    a = 1
    exec("a = 5\nb = a * 2")
    print(a, locals()["b"])
    return a


print(f())
