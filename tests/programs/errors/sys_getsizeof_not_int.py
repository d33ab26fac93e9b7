# a __sizeof__ that answers a float is a TypeError
import sys


class Half:
    def __sizeof__(self):
        return 0.5


sys.getsizeof(Half())
