# unsupported: __module__ line 6
import functools


def logged(f):
    @functools.wraps(f)
    def inner(*args):
        return f(*args)

    return inner


show = logged(print)
