# a generator expression in an example reads the example's names, also while a program function consumes it
LIMIT = 100


def consume(items):
    """
    >>> factor = 3
    >>> consume(n * factor for n in range(4))
    18
    >>> sum(n * factor for n in range(2)) + LIMIT
    103
    >>> all(consume([k]) == k for k in range(3))
    True
    """
    total = 0
    for item in items:
        total += item
    return total


import doctest

print(doctest.testmod(name="consumer"))
