# unsupported: exec line 4
# exec in a function: CPython runs the text with a dict of the frame's locals as its locals
def f():
    exec("x = 1")


f()
