# under `from __future__ import annotations` annotations are never evaluated, only kept as text
from __future__ import annotations


class Node:
    value: int
    next: Node | None = None

    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next


def total(head: Node, scale: dict[str, float] = {}) -> Undefined:
    return head.value


x: list[tuple[int, str]] = []
y: "Node"
print(Node.__annotations__)
print(Node.__init__.__annotations__)
print(total.__annotations__)
print(__annotations__)
print(total(Node(4, Node(5))))
