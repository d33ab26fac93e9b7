# a deque index whose __index__ returns a str: TypeError
from collections import deque


class Bad:
    def __index__(self):
        return "1"


d = deque([1, 2])
print(d[Bad()])
