# hash of ints and tuples of ints is deterministic in CPython
print(hash(1), hash(-1), hash(2 ** 61), hash(10 ** 20), hash((1, 2)), hash(()), hash(True))
print(hash(1.5), hash(2.0) == hash(2))
