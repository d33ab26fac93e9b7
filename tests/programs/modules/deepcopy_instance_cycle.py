# copy.deepcopy of instances that point at each other: the memo keeps the cycle and sharing in the copy
import copy


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


a = Node(1)
b = Node(2)
a.next = b
b.next = a
pair = [a, b, a]
c = copy.deepcopy(pair)
print(c[0] is c[2], c[0].next is c[1], c[1].next is c[0], c[0] is a)
