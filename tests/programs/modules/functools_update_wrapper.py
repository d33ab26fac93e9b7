# functools.update_wrapper copies a function's attributes and returns the wrapper itself
import functools


def counted(f):
    def wrapper(x):
        wrapper.calls += 1
        return f(x)

    result = functools.update_wrapper(wrapper, f)
    wrapper.calls = 0
    return result


def square(x):
    """Squares x."""
    return x * x


square.unit = "m2"
sq = counted(square)
print(sq(3), sq(4), sq.calls, sq.unit, sq.__name__, sq.__doc__)
print(sq.__wrapped__ is square, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
