# functools.cache: an unbounded lru_cache; a hit returns the very object stored
import functools


@functools.cache
def make(name, size=1):
    return [name] * size


first = make("x", size=2)
print(first is make("x", size=2), first is make("x", 2), make.__wrapped__.__name__)
make.cache_clear()
print(first is make("x", size=2))
