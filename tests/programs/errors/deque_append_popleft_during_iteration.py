# a for loop over a deque fails after an append and a popleft, though its length is the same
from collections import deque

d = deque([1, 2, 3])
for x in d:
    d.append(x)
    d.popleft()
