# Attribute and method steps across lines: LOAD_ATTR/STORE_ATTR/DELETE_ATTR and a method's call on the attribute's last line, a module function's call on the first
import math
from collections import deque


class C:
    def __init__(self):
        self.x = 1
        self.items = []

    def add(self, v):
        self.items.append(v)
        return self


o = C()
r = (math
     .sqrt(4))
o.x += 1
(o
 .x) += 2
q = deque()
(q
 .append(1))
(o.add(1)
  .add(2)
  .add(
      3))
del (o
     .x)
print(r, o.items, q, [o
                      .items])
