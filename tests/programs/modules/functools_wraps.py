# functools.wraps copies __name__, __doc__ and the function's attributes and sets __wrapped__
import functools


def logged(f):
    @functools.wraps(f)
    def inner(*args):
        print("calling", f.__name__)
        return f(*args)

    return inner


@logged
def add(a, b):
    """Adds two numbers."""
    return a + b


add.uses = 0
print(add(2, 3))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__wrapped__(4, 5), add.__wrapped__.__name__)
