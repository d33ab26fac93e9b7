# total_ordering from __ge__ alone: the added methods are shared functions, renamed
import functools


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __ge__(self, other):
        return self.n >= other.n


@functools.total_ordering
class Level:
    def __init__(self, n):
        self.n = n

    def __ge__(self, other):
        return self.n >= other.n


print(Version(1) < Version(2), Version(3) <= Version(3), Version(2) > Version(1))
print(Version.__lt__ is Level.__lt__)
