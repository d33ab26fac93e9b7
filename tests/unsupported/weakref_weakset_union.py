# unsupported: union line 10
import weakref


class Node:
    pass

n = Node()
nodes = weakref.WeakSet([n])
both = nodes.union([n])
