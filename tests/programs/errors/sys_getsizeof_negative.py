# a __sizeof__ below zero is a ValueError, which the default does not catch
import sys


class Negative:
    def __sizeof__(self):
        return -1


print(sys.getsizeof(Negative(), 0))
