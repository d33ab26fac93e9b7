# a tree node whose __repr__ calls pformat on its children: pformat runs again inside pformat
from pprint import pformat


class Node:
    def __init__(self, label, left=None, right=None):
        self.label = label
        self.left = left
        self.right = right

    def __repr__(self):
        if self.left is None and self.right is None:
            return f"'{self.label}'"
        return pformat({f"{self.label}": (self.left, self.right)}, indent=1)


tree = Node(8, Node(4, Node(2), Node(6)), Node(12, Node(10), Node(14, None, Node(15))))
print(tree)
print(pformat([tree, tree.left], width=30))
