# a cached method: the wrapper binds to the instance, which becomes part of the key
import functools


class Grid:
    def __init__(self, n):
        self.n = n

    @functools.lru_cache(maxsize=None)
    def cells(self, k):
        return [self.n * k]

    @functools.cache
    def total(self):
        return self.n + 1


g = Grid(3)
first = g.cells(2)
print(first is g.cells(2), g.total(), Grid.cells(g, 2) is first, Grid(4).cells(2))
