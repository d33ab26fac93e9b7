# unsupported: cache_info line 10
from functools import lru_cache


@lru_cache
def f(x):
    return x


print(f(1), f.cache_info())
