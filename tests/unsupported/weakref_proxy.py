# unsupported: proxy line 8
import weakref


class Node:
    pass

p = weakref.proxy(Node())
