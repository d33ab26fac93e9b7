# unsupported: WeakSet() line 10
import weakref


class Node:
    pass


nodes = [Node()]
live = weakref.WeakSet(data=nodes)
