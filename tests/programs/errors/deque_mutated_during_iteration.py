# appending to a deque while a for loop walks it raises RuntimeError
from collections import deque

d = deque([1, 2])
for x in d:
    d.append(x)
