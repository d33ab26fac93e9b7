# testmod(verbose=True): Trying/Expecting/ok for each example, items with no tests, totals
def double(x):
    """Double x.

    >>> double(2)
    4
    >>> double("ab")
    'abab'
    """
    return x * 2


def no_examples():
    """A docstring without any example."""
    return None


def wrong():
    """
    >>> wrong()
    1
    """
    return 2


def undocumented():
    return 3


if __name__ == "__main__":
    import doctest

    print(doctest.testmod(verbose=True))
