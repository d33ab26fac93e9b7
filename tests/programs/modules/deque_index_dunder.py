# a deque is indexed by any object with __index__, as a list is
from collections import deque


class Slot:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


d = deque(["a", "b", "c"])
print(d[Slot(1)], d[Slot(-1)])
d[Slot(0)] = "z"
del d[Slot(2)]
print(d)
try:
    d[Slot(5)]
except IndexError as e:
    print(e)
try:
    d["0"]
except TypeError as e:
    print(e)
