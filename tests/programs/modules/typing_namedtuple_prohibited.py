# A typing.NamedTuple class may not define __init__, __new__, __slots__ or _make
from typing import NamedTuple

try:
    class Point(NamedTuple):
        x: int

        def __init__(self, x):
            pass
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Pair(NamedTuple):
        a: int
        __slots__ = ()
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Named(NamedTuple):
        _make = 1
except AttributeError as e:
    print("AttributeError:", e)
