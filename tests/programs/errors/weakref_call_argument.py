# calling a weak reference takes no arguments
import weakref


class Leaf:
    pass


leaf = Leaf()
r = weakref.ref(leaf)
r(leaf)
