# docstrings of a class, its methods, static and class methods, a property and a nested class, found in name order
class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1)
    >>> s.push(2)
    >>> s.items
    [1, 2]
    """

    def __init__(self):
        self.items = []

    def push(self, item):
        """
        >>> Stack().push(5)
        """
        self.items.append(item)

    def pop(self):
        """
        >>> s = Stack()
        >>> s.push(7)
        >>> s.push(8)
        >>> s.pop()
        8
        >>> s.pop()
        3
        """
        return self.items.pop()

    @staticmethod
    def kind():
        """
        >>> Stack.kind()
        'LIFO'
        """
        return "LIFO"

    @classmethod
    def of(cls, *items):
        """
        >>> Stack.of(1, 2).items
        [1, 2]
        """
        s = cls()
        for item in items:
            s.push(item)
        return s

    @property
    def size(self):
        """
        >>> Stack.of(4, 5, 6).size
        2
        """
        return len(self.items)

    class Node:
        """
        >>> Stack.Node().value
        0
        """

        def __init__(self):
            self.value = 0


import doctest

print(doctest.testmod(verbose=True))
