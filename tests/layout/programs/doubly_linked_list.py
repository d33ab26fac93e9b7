# A doubly linked list: every node points both ways, so the arrows come in pairs.
class Node:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


first = Node(10)
last = first
for value in [20, 30, 40]:
    node = Node(value)
    node.prev = last
    last.next = node
    last = node

# Unlink the second node.
middle = first.next
middle.prev.next = middle.next
middle.next.prev = middle.prev
print(first.next.value, last.prev.value)
