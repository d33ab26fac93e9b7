# unsupported: def line 13
def apply(f, x):
    """
    >>> def inc(n):
    ...     return n + 1
    >>> apply(inc, 1)
    2
    """
    return f(x)


if __name__ == "__main__":
    __import__("doctest").testmod()
