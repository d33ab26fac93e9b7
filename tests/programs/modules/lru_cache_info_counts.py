# lru_cache's cache_info() counts hits and misses (a recursive fib, a bounded cache that forgets, maxsize=0) and cache_clear() resets them
from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(12), fib.cache_info())
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], len(info))
print(type(info).__name__, info._fields)
hits, misses, size, current = info
print(hits + misses, size is None)


@lru_cache(maxsize=2)
def square(x):
    return x * x


for x in [1, 2, 1, 3, 2, 1]:
    square(x)
print(square.cache_info(), square.cache_parameters())
square.cache_clear()
print(square.cache_info())


@lru_cache(maxsize=0)
def never(x):
    return x


never(1)
never(1)
print(never.cache_info())


@cache
def double(x):
    return 2 * x


double(3)
double(3)
double(x=3)
print(double.cache_info(), double.cache_parameters())
print(fib.cache_info() == (10, 13, None, 13))
print(double.cache_parameters is double.cache_parameters, double.cache_parameters.__name__)
for call in (lambda: fib.cache_info(1), lambda: fib.cache_clear(1), lambda: fib.cache_parameters(1)):
    try:
        call()
    except TypeError as error:
        print(error)
big = 1000
parameters = lru_cache(big)(lambda y: y).cache_parameters
print(parameters()["maxsize"] is big, parameters())
# update_wrapper copies the inner wrapper's __dict__, its cache_parameters with it
print(lru_cache(big)(square).cache_parameters is square.cache_parameters)
