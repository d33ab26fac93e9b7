# unsupported: generator line 13
def first(items):
    """
    >>> def gen():
    ...     yield 1
    >>> first(gen())
    1
    """
    return next(iter(items))


import doctest
doctest.testmod()
