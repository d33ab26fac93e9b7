# a weak reference is an object of its own: no attributes of its own, copied as itself, no ordering
import weakref
import copy


class Node:
    pass


n = Node()
r = weakref.ref(n)
print(r.__callback__)
print(copy.copy(r) is r, copy.deepcopy(r) is r)
print(bool(r), isinstance(r, weakref.ref), str(r) == repr(r))
try:
    r.foo
except AttributeError as e:
    print(e)
try:
    r.foo = 1
except AttributeError as e:
    print(e)
try:
    print(r < r)
except TypeError as e:
    print(e)
