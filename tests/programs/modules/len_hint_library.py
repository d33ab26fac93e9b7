# itertools.product/permutations/combinations, math.dist and namedtuple._make call a class's __len__ too
import itertools
import math
from collections import namedtuple


class Pair:
    def __iter__(self):
        return iter([1, 2])

    def __len__(self):
        return 2


p = Pair()
print(list(itertools.product(p)))
print(list(itertools.permutations(p)))
print(list(itertools.combinations(p, 1)))
print(list(itertools.combinations_with_replacement(p, 2)))
print(math.dist(p, p))
Point = namedtuple("Point", "x y", defaults=p)
print(Point._make(p), Point())
print(list(itertools.chain(p)))
