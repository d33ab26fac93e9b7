# a weak reference answers its object while a name holds it, and None once the last name goes
import weakref


class Node:
    def __init__(self, value):
        self.value = value


node = Node(1)
r = weakref.ref(node)
print(r() is node)
print(r().value)
other = node
del node
print(r() is other)
other = None
print(r())
