# a functools.cache'd function is tested with its function's docstring; CPython reports its line as '?'
from functools import cache, lru_cache


@cache
def fib(n):
    """
    >>> fib(10)
    55
    >>> fib(3)
    3
    """
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_cache(maxsize=None)
def steps(n):
    """
    >>> steps(4)
    5
    """
    return 1 if n < 2 else steps(n - 1) + steps(n - 2)


if __name__ == "__main__":
    import doctest

    print(doctest.testmod(verbose=True))
