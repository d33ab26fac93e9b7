# a function's __globals__ cannot be assigned: AttributeError readonly attribute
def f():
    return 1


f.__globals__ = {}
