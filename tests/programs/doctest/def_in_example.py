# an example defines a function (its code is "<doctest ...>" text: no steps inside) and passes it to a program function, which steps as usual
def apply(f, x):
    """
    >>> def inc(n):
    ...     return n + 1
    >>> apply(inc, 1)
    2
    >>> def twice(g):
    ...     return lambda n: g(g(n))
    >>> apply(twice(inc), 5)
    7
    """
    result = f(x)
    return result


if __name__ == "__main__":
    import doctest

    print(doctest.testmod())
