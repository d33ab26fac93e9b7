# a proxy reads, sets and deletes its object's attributes and calls its methods; dead, it raises ReferenceError
import weakref


class Node:
    def __init__(self, value):
        self.value = value

    def double(self):
        return self.value * 2


n = Node(3)
p = weakref.proxy(n)
print(p.value, p.double())
p.value = 5
print(n.value, p.__class__.__name__)
print(type(p).__name__, weakref.proxy(n) is p, weakref.getweakrefcount(n))
del p.value
print(hasattr(n, "value"))
n.value = 1
del n
try:
    p.value
except ReferenceError as e:
    print(e)
