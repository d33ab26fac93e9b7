# examples pass lambdas to the program's functions; a lambda reads the example's globals, the program's functions read the module's
FACTOR = 3


def apply(f, x):
    """
    >>> apply(lambda n: n * 2, 4)
    8
    >>> FACTOR = 10
    >>> apply(lambda n: n * FACTOR, 4)
    40
    >>> sorted(["bb", "a", "ccc"], key=lambda s: -len(s))
    ['ccc', 'bb', 'a']
    >>> scale(4)
    12
    """
    return f(x)


def scale(n):
    return apply(lambda v: v * FACTOR, n)


import doctest

doctest.testmod(verbose=False)
print(FACTOR)
