# deque * n copies the deque (keeping maxlen); d *= n repeats it in place; n <= 0 empties it
from collections import deque

d = deque([1, 2], maxlen=5)
e = d * 3
f = 2 * d
print(e, f, e is d)
g = d
g *= 2
print(g is d, d)
one = deque(["x"], maxlen=3)
one *= 10
print(one)
empty = deque([3, 4]) * 0
print(empty, deque() * 5, deque([5]) * -1, deque([6]) * True)
for bad in ("a", 2.0, d):
    try:
        d * bad
    except TypeError as err:
        print(err)
try:
    d * 10**30
except OverflowError as err:
    print(err)
try:
    "ab" * -10**30
except OverflowError as err:
    print("str:", err)
try:
    [1] * -10**30
except OverflowError as err:
    print("list:", err)
