# an lru_cache'd function needs hashable arguments
from functools import lru_cache


@lru_cache
def total(items):
    return sum(items)


print(total((1, 2)))
total([1, 2])
