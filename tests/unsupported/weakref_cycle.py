# unsupported: cycle line 12
import weakref


class Node:
    pass

n = Node()
n.me = n
r = weakref.ref(n)
del n
print(r())
