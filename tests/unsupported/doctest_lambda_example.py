# unsupported: lambda line 11
def apply(f, x):
    """
    >>> apply(lambda n: n * 2, 4)
    8
    """
    return f(x)


import doctest
doctest.testmod()
