# a bounded lru_cache forgets the least recently used argument first
import functools


@functools.lru_cache(maxsize=2)
def load(name):
    print("load", name)
    return name.upper()


load("a")
load("b")
load("a")
load("c")
load("a")
load("b")
