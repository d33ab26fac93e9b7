# A trie of ten words walked recursively: past a hundred arrows, frames eight deep over a tree of dicts
class Node:
    def __init__(self):
        self.children = {}
        self.end = False


def insert(root, word):
    node = root
    for ch in word:
        if ch not in node.children:
            node.children[ch] = Node()
        node = node.children[ch]
    node.end = True


def walk(node, prefix, out, depth):
    if node.end:
        out.append(prefix)
    for ch, child in sorted(node.children.items()):
        walk(child, prefix + ch, out, depth + 1)


root = Node()
for w in ["banana", "band", "bandana", "can", "candle", "candy", "cane", "dog", "dot", "door"]:
    insert(root, w)
found = []
walk(root, "", found, 0)
print(found)
