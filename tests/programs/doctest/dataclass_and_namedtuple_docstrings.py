# a dataclass's and a typing.NamedTuple's docstrings are found; the methods @dataclass wrote are
# items without tests
from dataclasses import dataclass
from typing import NamedTuple


@dataclass
class Item:
    """
    >>> Item("pen", 2).total(3)
    6
    """

    name: str
    price: int

    def total(self, count):
        """
        >>> Item("cup", 5).total(2)
        10
        """
        return self.price * count


class Point(NamedTuple):
    """
    >>> Point(1, 2).x
    1
    """

    x: int
    y: int


if __name__ == "__main__":
    import doctest

    doctest.testmod(verbose=True)
