# deque(maxlen=...) needs an int: an object with __index__ is not enough
from collections import deque


class Size:
    def __index__(self):
        return 3


history = deque([], maxlen=Size())
history.append("start")
