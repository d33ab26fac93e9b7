# hashing a weak reference whose object died before any hash was taken
import weakref


class Leaf:
    pass


leaf = Leaf()
r = weakref.ref(leaf)
del leaf
print(r())
hash(r)
