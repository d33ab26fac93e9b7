# deque.remove of a value it does not hold raises ValueError
from collections import deque

d = deque("abc")
d.remove("z")
