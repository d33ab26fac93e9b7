# locals() takes no arguments
def f(a):
    return locals(a)


f(1)
