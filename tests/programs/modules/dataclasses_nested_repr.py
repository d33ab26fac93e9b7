# a dataclass inside another shows its own repr; a cycle shows as ...
from dataclasses import dataclass


@dataclass
class Node:
    value: int
    next: object = None


first = Node(1, Node(2))
print(first)
first.next.next = first
print(first)
print(first == first)
