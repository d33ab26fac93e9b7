# an example that expects a traceback but raises nothing is a failure that shows the expected traceback
def safe_divide(a, b):
    """
    >>> safe_divide(1, 0)
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    """
    if b == 0:
        return None
    return a / b


import doctest

doctest.testmod()
