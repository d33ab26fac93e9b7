# unsupported: deque line 4
from collections import deque

d = deque([1, 2]) * 2
