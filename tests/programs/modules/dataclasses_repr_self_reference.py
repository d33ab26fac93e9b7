# a dataclass that refers to itself is shown as ... the second time, and a program's __repr__ between
from dataclasses import dataclass


@dataclass
class Link:
    name: str
    next: object = None


class Box:
    def __init__(self, inner):
        self.inner = inner

    def __repr__(self):
        return "Box(" + repr(self.inner) + ")"


a = Link("a")
a.next = a
print(a)
b = Link("b")
b.next = Box(b)
print(b)
print(Link.__repr__.__wrapped__(b))
print(Link.__repr__(self=a))
