# testmod() skips the classes a program imports (fractions.Fraction is not from __main__)
from fractions import Fraction


def half(x):
    """
    >>> half(Fraction(1, 3))
    Fraction(1, 6)
    >>> half(3)
    Fraction(3, 2)
    """
    return Fraction(x) / 2


if __name__ == "__main__":
    import doctest

    print(doctest.testmod())
