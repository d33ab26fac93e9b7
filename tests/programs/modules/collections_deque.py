# a deque grows and shrinks at both ends: append/appendleft, pop/popleft
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
first = d.popleft()
last = d.pop()
print(d, first, last, len(d))
print(d[0], d[-1], 2 in d)
d[1] = 20
del d[0]
print(d)
d.clear()
print(d, bool(d))
