# a class's __sizeof__ answers sys.getsizeof, plus CPython's headers before the object
import sys


class Buffer:
    def __init__(self, n):
        self.n = n

    def __sizeof__(self):
        return self.n * 8


class Tiny:
    __slots__ = ("v",)

    def __sizeof__(self):
        return 1


b = Buffer(10)
size = sys.getsizeof(b)
print(size)
print(sys.getsizeof(Tiny()))
print(sys.getsizeof(b, 0), sys.getsizeof(7, default=-1))
