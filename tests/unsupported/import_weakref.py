# unsupported: weakref line 4
class Node:
    pass
import weakref

r = weakref.ref(Node())
