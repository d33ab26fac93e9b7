# a small binary search tree with recursive insert and in-order walk
class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

def insert(node, key):
    if node is None:
        return Tree(key)
    if key < node.key:
        node.left = insert(node.left, key)
    else:
        node.right = insert(node.right, key)
    return node

def walk(node, out):
    if node is not None:
        walk(node.left, out)
        out.append(node.key)
        walk(node.right, out)

root = None
for k in [5, 2, 8, 1]:
    root = insert(root, k)
keys = []
walk(root, keys)
print(keys)
