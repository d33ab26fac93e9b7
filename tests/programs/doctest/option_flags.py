# optionflags=ELLIPSIS and NORMALIZE_WHITESPACE given to testmod, and combined with |
import doctest


def numbers(n):
    """
    >>> numbers(20)
    [0, 1, 2, ..., 19]
    >>> numbers(5)
    [0,   1,
     2, 3, 4]
    >>> numbers(3)
    [0, ... 9]
    """
    return list(range(n))


print(doctest.testmod(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE))
print(doctest.ELLIPSIS, doctest.NORMALIZE_WHITESPACE, doctest.IGNORE_EXCEPTION_DETAIL)
