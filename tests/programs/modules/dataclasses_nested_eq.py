# nested dataclasses compare field by field: == reaches the inner instances' __eq__
from dataclasses import dataclass, field


@dataclass
class Leaf:
    value: int


@dataclass
class Tree:
    leaves: list = field(default_factory=list)
    top: Leaf = None


a = Tree([Leaf(1), Leaf(2)], Leaf(0))
b = Tree([Leaf(1), Leaf(2)], Leaf(0))
print(a == b, a is b, a.leaves == b.leaves, Tree() == Tree([]))
b.leaves[1].value = 3
print(a == b, a != b)
