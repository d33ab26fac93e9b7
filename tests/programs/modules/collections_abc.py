# collections.abc classes answer isinstance by what a type can do: iterate, index, map keys
from collections import deque
from collections.abc import Hashable, Iterable, Mapping, MutableSequence, Sequence, Sized


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n, 0, -1))


def describe(value):
    kinds = []
    for abc in (Iterable, Sized, Sequence, MutableSequence, Mapping, Hashable):
        if isinstance(value, abc):
            kinds.append(abc.__name__)
    return kinds


for value in [[1, 2], (1, 2), "hi", {"a": 1}, deque([1]), 42, Countdown(3)]:
    print(type(value).__name__, describe(value))
print(issubclass(tuple, Sequence), issubclass(dict, Sequence))
