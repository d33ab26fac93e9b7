# weakref.ref of one object gives the same reference while it lives; equal and hashed as the object
import weakref


class Item:
    pass


a = Item()
b = Item()
ra = weakref.ref(a)
print(weakref.ref(a) is ra)
print(weakref.getweakrefcount(a), weakref.getweakrefcount(b))
rb = weakref.ref(b)
print(ra == rb, ra != rb, ra == weakref.ref(a))
print(hash(ra) == hash(a))
print(type(ra).__name__, weakref.ReferenceType is weakref.ref)
print(weakref.getweakrefcount(5))
