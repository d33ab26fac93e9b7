# A singly linked list that keeps a tail pointer, so appending does not walk the list.
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


class LinkedList:
    def __init__(self):
        self.head = None
        self.tail = None

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = node
        else:
            self.tail.next = node
        self.tail = node


items = LinkedList()
for word in ["red", "green", "blue", "gold"]:
    items.append(word)
print(items.head.value, items.tail.value)
