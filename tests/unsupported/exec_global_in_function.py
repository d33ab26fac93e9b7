# unsupported: global line 4
# exec's text in a function declaring a global binds the module's name, not the locals dict
def f():
    exec("global g\ng = 1")


f()
