# A binary search tree grown by inserting keys one at a time.
class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(root, key):
    if root is None:
        return Tree(key)
    if key < root.key:
        root.left = insert(root.left, key)
    else:
        root.right = insert(root.right, key)
    return root


root = None
for key in [50, 30, 70, 20, 40, 60, 80]:
    root = insert(root, key)
print(root.left.right.key, root.right.left.key)
