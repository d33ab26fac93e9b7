# a counting decorator made with functools.wraps: the wrapper keeps its count as an attribute
import functools


def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


@count_calls
def fib(n):
    """The n-th Fibonacci number."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(4), fib.calls, fib.__name__, fib.__doc__)
fib.calls = 0
print(fib(2), fib.calls)
