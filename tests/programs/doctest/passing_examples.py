# doctest.testmod() runs every docstring example of the module; all pass, nothing is printed
"""Tools for squares.

>>> square(3)
9
"""


def square(n):
    """Return n squared.

    >>> square(4)
    16
    >>> [square(k) for k in range(3)]
    [0, 1, 4]
    >>> square(2) == 4
    True
    >>> None
    >>> total = square(5)
    >>> total + 1
    26
    """
    return n * n


def cube(n):
    """
    >>> cube(2)
    8
    """
    return n * square(n) // n * n


if __name__ == "__main__":
    import doctest

    results = doctest.testmod()
    print(results)
    print(results.failed, results.attempted)
