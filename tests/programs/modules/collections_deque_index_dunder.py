# deque.index() reads its start and stop bounds through an object's __index__, while deque(maxlen=...) takes only an int: any other object is a TypeError
from collections import deque


class Position:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("index of", self.n)
        return self.n


class Count(int):
    pass


queue = deque([4, 7, 4, 9, 4])
print(queue.index(4, Position(1)))
print(queue.index(4, Position(-2), Position(5)))
try:
    queue.index(7, Position(2))
except ValueError as e:
    print("ValueError:", e)
bounded = deque(range(5), maxlen=Count(3))
print(bounded, bounded.maxlen)
try:
    deque([1, 2], maxlen=Position(2))
except TypeError as e:
    print("TypeError:", e)
try:
    deque([1, 2], maxlen=2.0)
except TypeError as e:
    print("TypeError:", e)
