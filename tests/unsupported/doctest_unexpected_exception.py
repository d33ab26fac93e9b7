# unsupported: traceback line 14
def half(n):
    """
    >>> half(4)
    2.0
    >>> half("x")
    'x'
    """
    return n / 2


import doctest

doctest.testmod()
