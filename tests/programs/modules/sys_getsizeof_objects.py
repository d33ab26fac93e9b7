# sys.getsizeof of functions, builtins, bound methods and instances of a program's classes
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x + self.y


class Slotted:
    __slots__ = ("a", "b", "c")


class Empty:
    __slots__ = ()


p = Point(3, 4)
print(sys.getsizeof(p), sys.getsizeof(Slotted()), sys.getsizeof(Empty()))
print(sys.getsizeof(Point.norm), sys.getsizeof(p.norm), sys.getsizeof(lambda: 0))
print(sys.getsizeof(len), sys.getsizeof("ab".join), sys.getsizeof(object()))
