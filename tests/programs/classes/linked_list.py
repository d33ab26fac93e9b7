# a linked list of Node objects built at the front, then walked
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

head = None
for v in [3, 2, 1]:
    head = Node(v, head)

node = head
total = 0
while node is not None:
    total += node.value
    node = node.next
print(total)
