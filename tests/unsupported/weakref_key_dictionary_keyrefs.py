# unsupported: keyrefs line 10
import weakref


class Node:
    pass

n = Node()
seen = weakref.WeakKeyDictionary({n: 1})
refs = seen.keyrefs()
