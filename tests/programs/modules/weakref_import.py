# import weakref: a weak reference to an object nothing else holds is dead at once
class Node:
    pass
import weakref

r = weakref.ref(Node())
print(r() is None)
