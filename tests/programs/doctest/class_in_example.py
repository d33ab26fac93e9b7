# a class statement in an example: its body and methods take no steps, its objects are drawn,
# and a later example of the same docstring still sees it
def area(shape):
    """
    >>> class Square:
    ...     sides = 4
    ...     def __init__(self, side):
    ...         self.side = side
    ...     def area(self):
    ...         return self.side ** 2
    ...     def __repr__(self):
    ...         return f"Square({self.side})"
    >>> area(Square(3))
    9
    >>> Square(2), Square.sides
    (Square(2), 4)
    >>> Square.__qualname__, Square.__module__
    ('Square', '__main__')
    >>> area(Square(5))
    20
    """
    return shape.area()


import doctest

doctest.testmod()
