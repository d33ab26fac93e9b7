# examples drive a program generator and a function using module globals: both see the module's names, not the example's
SCALE = 10


def scaled(n):
    """
    >>> list(scaled(3))
    [0, 10, 20]
    >>> SCALE = 1
    >>> g = scaled(2)
    >>> next(g)
    0
    >>> next(g), SCALE
    (10, 1)
    >>> total([1, 2])
    30
    """
    for i in range(n):
        yield i * SCALE


def total(items):
    return sum(scaled(len(items) + 1)) + SCALE * 0


if __name__ == "__main__":
    import doctest

    print(doctest.testmod())
