# walking a linked list with match: a Node pattern takes the value and the rest of the list
class Node:
    __match_args__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


def total(node):
    match node:
        case None:
            return 0
        case Node(value, rest):
            return value + total(rest)


def show(node):
    match node:
        case Node(value, None):
            return str(value)
        case Node(value, rest):
            return f"{value} -> {show(rest)}"


numbers = Node(1, Node(2, Node(3)))
print(show(numbers))
print(total(numbers))
