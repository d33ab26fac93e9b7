# an example calls a program function that prints and recurses: its frames are traced, its output captured
def countdown(n):
    """
    >>> countdown(3)
    3
    2
    1
    'liftoff'
    """
    if n == 0:
        return "liftoff"
    print(n)
    return countdown(n - 1)


def total(items):
    """
    >>> data = [1, 2, 3]
    >>> total(data)
    6
    >>> data
    [1, 2, 3]
    """
    if not items:
        return 0
    return items[0] + total(items[1:])


if __name__ == "__main__":
    import doctest

    outcome = doctest.testmod()
    print("after", outcome)
