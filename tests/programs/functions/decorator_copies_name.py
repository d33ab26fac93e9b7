# a decorator that copies the wrapped function's __name__, __qualname__ and __doc__ by hand
def shout(func):
    def wrapper(*args):
        return func(*args).upper()

    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    wrapper.__doc__ = func.__doc__
    wrapper.original = func
    return wrapper


@shout
def greet(name):
    """Greets someone."""
    return "hello " + name


print(greet("ada"))
print(greet.__name__, greet.__qualname__, greet.__doc__)
print(greet.original("bob"), greet.__name__ is greet.original.__name__)
print(repr(greet).split(" at ")[0])
