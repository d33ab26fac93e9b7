# a defaultdict's factory may be the program's own function: it runs on each missing key
from collections import defaultdict


def fresh():
    return [0]


table = defaultdict(fresh)
table["a"][0] += 1
table["b"]
table["a"][0] += 1
print(dict(table), len(table))
plain = defaultdict()
print(plain, plain.default_factory)
