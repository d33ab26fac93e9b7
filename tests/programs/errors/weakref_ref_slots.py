# an instance of a class with __slots__ has no weak reference slot
import weakref


class Point:
    __slots__ = ("x", "y")


p = Point()
try:
    weakref.ref(42)
except TypeError as e:
    print(e)
weakref.ref(p)
