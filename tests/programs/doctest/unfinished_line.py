# output an example leaves without a final newline gets one before it is compared, as doctest's _SpoofOut does
def walk(n):
    """
    >>> walk(3)
    0 1 2
    >>> walk(2)
    0 1 2
    """
    for i in range(n):
        print(i, end=" " if i < n - 1 else "")


if __name__ == "__main__":
    import doctest

    doctest.testmod()
