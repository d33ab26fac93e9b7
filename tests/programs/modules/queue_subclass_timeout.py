# a subclass of Queue counting its _qsize calls: a put or get with a timeout looks again once the timeout has passed, as CPython does
import queue
from queue import *

class Counted(queue.Queue):
    def __init__(self, maxsize=0):
        super().__init__(maxsize)
        self.looks = 0

    def _qsize(self):
        self.looks += 1
        return len(self.queue)

c = Counted(1)
c.put("a")
try:
    c.put("b", timeout=0.05)
except Full:
    print("full", c.looks)
try:
    c.put("b", timeout=0)
except Full:
    print("full", c.looks)
print(c.full(), c.looks, c.get(timeout=0.05), c.looks)
try:
    c.get(timeout=0.05)
except Empty:
    print("empty", c.looks)
