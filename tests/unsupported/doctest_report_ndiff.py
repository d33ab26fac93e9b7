# unsupported: REPORT_NDIFF line 13
import doctest


def square(n):
    """
    >>> square(3)
    10
    """
    return n * n


doctest.testmod(optionflags=doctest.REPORT_NDIFF)
