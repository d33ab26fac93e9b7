# A balanced binary tree whose nodes point back at their parents, walked, then dropped.
class TreeNode:
    def __init__(self, key, parent):
        self.key = key
        self.parent = parent
        self.left = None
        self.right = None


def build(lo, hi, parent):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    node = TreeNode(mid, parent)
    node.left = build(lo, mid - 1, node)
    node.right = build(mid + 1, hi, node)
    return node


def leftmost(node):
    while node.left is not None:
        node = node.left
    return node


n = 5000
root = build(0, n - 1, None)
low = leftmost(root)
depth = 0
while low.parent is not None:
    low = low.parent
    depth += 1
print(depth)
root = None
low = None
print("dropped")
