# two Counters are equal when every element has the same count, a missing one counting 0
from collections import Counter

before = Counter(a=2, b=0)
after = Counter(a=2)
print(before == after, before != after, dict(before) == dict(after))
after["a"] -= 1
print(before == after, after == {"a": 1})
