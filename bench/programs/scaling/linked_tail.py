# A singly linked list built at the tail through a tail pointer, then walked.
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


n = 5000
head = Node(0)
tail = head
for i in range(1, n):
    tail.next = Node(i)
    tail = tail.next
total = 0
cur = head
while cur is not None:
    total += cur.value
    cur = cur.next
print(total)
