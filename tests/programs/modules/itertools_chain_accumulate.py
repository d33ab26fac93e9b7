# chain joins iterables lazily; accumulate keeps running totals
import itertools

first, second = [1, 2], (3,)
joined = itertools.chain(first, second, "ab")
print(next(joined), list(joined))
print(list(itertools.chain.from_iterable([[1], [], [2, 3]])))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)))
print(list(itertools.accumulate([1, 2], initial=100)))
