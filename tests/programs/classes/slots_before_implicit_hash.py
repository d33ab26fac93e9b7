# a class with __slots__ and __eq__ but no __hash__: None is stored after the slots
class Node:
    """A node of a list."""

    __slots__ = ("value", "after")

    class Marker:
        __slots__ = ()

    def __init__(self, value):
        self.value = value
        self.after = None

    def __eq__(self, other):
        return isinstance(other, Node) and self.value == other.value


head = Node(1)
head.after = Node(2)
print(list(vars(Node)))
print(head == Node(1), Node.__hash__)
