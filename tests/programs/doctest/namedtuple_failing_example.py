# a failing example in a NamedTuple's docstring, and a collections.namedtuple with no class
# line (its report says `line ?` and its docstring is "Pair(a, b)")
from collections import namedtuple
from typing import NamedTuple

Pair = namedtuple("Pair", "a b")


class Point(NamedTuple):
    """
    >>> Point(1, 2).y
    3
    """

    x: int
    y: int


import doctest

doctest.testmod(verbose=True)
