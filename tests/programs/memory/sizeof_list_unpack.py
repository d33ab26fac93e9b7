# The starred name of an unpacking gets a list made from what is left of the iterator, sized
# by its length hint; the names after the star cut its end off, and its slots stay.
import sys


def countdown(n):
    while n:
        yield n
        n -= 1


first, *middle, last = [1, 2, 3, 4, 5, 6]
print(middle, sys.getsizeof(middle))
head, *tail = "memory"
print(tail, sys.getsizeof(tail))
*everything, = range(7)
print(sys.getsizeof(everything))
top, *rest = countdown(3)
print(rest, sys.getsizeof(rest))
