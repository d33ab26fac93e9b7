# each docstring's examples share one copy of the module's globals: names they bind stay out of the module and of other docstrings
counter = 10


def first():
    """
    >>> counter
    10
    >>> counter = 99
    >>> helper = "only here"
    >>> counter, helper
    (99, 'only here')
    >>> first()
    10
    >>> _
    10
    """
    return counter


def second():
    """
    >>> counter
    10
    >>> helper
    Traceback (most recent call last):
    NameError: name 'helper' is not defined
    """
    return counter


import doctest

print(doctest.testmod())
print(counter)
