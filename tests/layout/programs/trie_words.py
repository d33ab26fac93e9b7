# A trie of five words, then a recursive walk that spells them back out: nodes with a dict of children
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


def walk(node, prefix, out):
    if node.end:
        out.append(prefix)
    for ch, child in sorted(node.children.items()):
        walk(child, prefix + ch, out)


root = Node()
for w in ["tea", "ten", "to", "in", "inn"]:
    insert(root, w)
found = []
walk(root, "", found)
print(found)
