# deque's other methods: extend, extendleft, rotate, count, index, remove, reverse, copy
from collections import deque

d = deque([1, 2, 3])
d.extend([4, 5])
d.extendleft([0, -1])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.count(2), d.index(4), d.index(2, 1))
d.remove(3)
d.reverse()
c = d.copy()
print(c, c == d, c is d, d == list(d))
d.insert(1, 99)
print(d, c)
both = deque([1]) + deque([2])
both += [3]
print(both, deque([1, 2]) < deque([1, 3]), list(reversed(both)))
for x in both:
    print(x)
