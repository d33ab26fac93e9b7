# Random inserts, deletes, pops and re-inserts on a dict with a small key range: lookups, length and order stay CPython's
import random

random.seed(16)
d = {}
misses = 0
for step in range(400):
    k = random.randrange(30)
    r = random.random()
    if r < 0.45:
        d[k] = step
    elif r < 0.7:
        if k in d:
            del d[k]
        else:
            misses += 1
    elif r < 0.85:
        d.pop(k, None)
    else:
        misses += d.get(k) is None
print(len(d), misses)
print(d)
print(list(d.items())[:5], sorted(d) == sorted(d.keys()))
