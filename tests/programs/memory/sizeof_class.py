# A class is a heap type: 920 bytes, and the shared keys table of its instances' __dict__
# when they keep one (a class with __slots__, or derived from int or an exception, does not).
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    pass


class Slotted:
    __slots__ = ("x", "y")


class Loose(Slotted):
    pass


class Count(int):
    pass


class Words(list):
    pass


class Problem(ValueError):
    pass


class Meta(type):
    pass


class Made(metaclass=Meta):
    pass


p = Point(1, 2)
for cls in (Point, Point3, Slotted, Loose, Count, Words, Problem, Meta, Made):
    print(cls.__name__, sys.getsizeof(cls))
for i in range(40):
    setattr(p, "a" + str(i), i)
print(sys.getsizeof(Point))
for cls in (object, int, list, dict, type):
    print(cls.__name__, sys.getsizeof(cls))
