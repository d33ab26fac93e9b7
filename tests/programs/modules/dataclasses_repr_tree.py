# a tree of dataclass nodes whose own __repr__ inside another dataclass's generated __repr__
from dataclasses import dataclass


@dataclass
class Node:
    value: int
    left: "Node | None" = None
    right: "Node | None" = None

    def __repr__(self):
        if self.left is None and self.right is None:
            return str(self.value)
        return f"{{{self.value}: ({self.left!r}, {self.right!r})}}"


@dataclass
class Tree:
    root: Node | None = None


t = Tree(Node(8, Node(3), Node(10, None, Node(14))))
print(t)
print([t])
