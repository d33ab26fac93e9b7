# A singly linked list built at the head, then walked.
class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next


n = 5000
head = None
for i in range(n):
    head = Node(i, head)
total = 0
cur = head
while cur is not None:
    total += cur.value
    cur = cur.next
print(total)
