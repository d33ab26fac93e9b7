# an instance's attributes are candidates
class Node:
    def __init__(self):
        self.value = 1
        self.next = None
node = Node()
print(node.nxt)
