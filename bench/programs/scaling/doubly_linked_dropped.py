# A doubly linked list (a cycle between every pair of neighbours), dropped in one assignment.
class Node:
    def __init__(self, value, prev):
        self.value = value
        self.prev = prev
        self.next = None


def build(n):
    head = Node(0, None)
    tail = head
    for i in range(1, n):
        tail.next = Node(i, tail)
        tail = tail.next
    return head


n = 5000
head = build(n)
print(head.next.value)
head = None
print("dropped")
