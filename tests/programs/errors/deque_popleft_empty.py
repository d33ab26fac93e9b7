# popleft from an empty deque raises IndexError
from collections import deque

d = deque([1])
d.popleft()
d.popleft()
