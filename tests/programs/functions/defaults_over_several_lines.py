# a def whose defaults sit on lines of their own steps through them before the def line, as black formats code
from __future__ import annotations


class Node:
    def __init__(
        self,
        value: int = 0,
        children: list[Node] | None = None,
        *,
        parent: Node | None = None,
        label: str = "node",
    ) -> None:
        self.value = value
        self.children = children
        self.parent = parent
        self.label = label


def scaled(
    x,
    factor=2,
    offset=len("abc"),
):
    return x * factor + offset


root = Node()
leaf = Node(3, parent=root)
print(scaled(4), leaf.parent is root, root.label)
