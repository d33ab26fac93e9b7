# dropwhile, takewhile, filterfalse and compress call their predicate item by item
from itertools import compress, dropwhile, filterfalse, takewhile


def small(x):
    return x < 4


nums = [1, 3, 5, 2, 7]
print(list(takewhile(small, nums)), list(dropwhile(small, nums)))
print(list(filterfalse(small, nums)), list(filterfalse(None, [0, 1, "", "a"])))
print(list(compress("abcdef", [1, 0, 1, 0, 1])))
