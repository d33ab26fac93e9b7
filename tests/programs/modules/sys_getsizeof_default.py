# sys.getsizeof's default answers only when __sizeof__ fails with a TypeError
import sys


class Broken:
    def __sizeof__(self):
        raise TypeError("no size")


class Wrong:
    def __sizeof__(self):
        return 2.5


print(sys.getsizeof(Broken(), -1))
print(sys.getsizeof(Wrong(), default=-2))
try:
    sys.getsizeof(Broken())
except TypeError as e:
    print("TypeError:", e)
