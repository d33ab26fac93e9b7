# deque[int], Counter[str], Sequence[int] and partial[int] are generic aliases, as list[int] is.
from collections import Counter, deque
from collections.abc import Iterator, Sequence
import functools
import itertools

queue: deque[int] = deque([1, 2])
print(deque[int], Counter[str], Sequence[int], Iterator[int], functools.partial[int])
print(deque[int]([3]), Sequence[int] == Sequence[int], queue)
try:
    itertools.count[int]
except TypeError as error:
    print(error)
