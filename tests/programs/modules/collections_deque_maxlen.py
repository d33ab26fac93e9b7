# a deque with maxlen drops items from the other end when it is full
from collections import deque

recent = deque(maxlen=3)
for n in range(5):
    recent.append(n)
print(recent, recent.maxlen)
recent.appendleft(-1)
print(recent)
recent.extend([10, 11])
print(recent, list(recent))
unbounded = deque("ab")
print(unbounded.maxlen)
