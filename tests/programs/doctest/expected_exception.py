# an example whose expected output is a traceback passes when the function raises that error
def check_positive(n):
    """
    >>> check_positive(3)
    3
    >>> check_positive(-1)
    Traceback (most recent call last):
        ...
    ValueError: n must be positive
    >>> check_positive("x")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    TypeError: some other message
    >>> {}["missing"]
    Traceback (most recent call last):
    KeyError: 'missing'
    >>> check_positive(5)
    Traceback (most recent call last):
    ValueError: n must be positive
    """
    if n < 0:
        raise ValueError("n must be positive")
    return n + 0


if __name__ == "__main__":
    import doctest

    print(doctest.testmod())
