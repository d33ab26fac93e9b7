# the order and frozen methods @dataclass writes are listed as items without tests
from dataclasses import dataclass


@dataclass(order=True, frozen=True)
class Version:
    """A release number.

    >>> Version(1, 2) < Version(1, 3)
    True
    """

    major: int
    minor: int


import doctest

doctest.testmod(verbose=True)
