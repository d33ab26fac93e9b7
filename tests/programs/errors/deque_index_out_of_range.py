# indexing past the end of a deque raises IndexError
from collections import deque

d = deque([1, 2])
print(d[5])
