# reduce folds an iterable with a two-argument function, calling it once per item
from functools import reduce


def add(total, x):
    return total + x


print(reduce(add, [1, 2, 3, 4]))
print(reduce(add, [], 10), reduce(lambda a, b: a * b, range(1, 6), 1))
words = ["a", "bb", "ccc"]
longest = reduce(lambda a, b: a if len(a) >= len(b) else b, words)
print(longest, longest is words[2])
