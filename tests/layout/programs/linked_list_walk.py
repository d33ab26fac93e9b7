# A singly linked list built by pushing at the front, then walked with a cursor.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


head = None
for value in [4, 3, 2, 1]:
    head = Node(value, head)

total = 0
node = head
while node is not None:
    total += node.value
    node = node.next
print(total)
