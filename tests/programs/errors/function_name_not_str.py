# a function's __name__ must be a str
def f():
    pass


f.__name__ = 42
