# unsupported: callback line 9
import weakref


class Node:
    pass

n = Node()
r = weakref.ref(n, lambda ref: print("gone"))
