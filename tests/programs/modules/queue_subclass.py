# a program's subclass of queue.Queue overriding _init, _qsize, _put and _get, as Lib/queue.py is meant to be extended
import queue

class SortedQueue(queue.Queue):
    def _init(self, maxsize):
        self.items = []

    def _qsize(self):
        return len(self.items)

    def _put(self, item):
        self.items.append(item)
        self.items.sort()

    def _get(self):
        return self.items.pop(0)

q = SortedQueue()
q.put(5)
q.put(2)
q.put(9)
print(q.qsize(), q.get(), q.get_nowait(), q.items, q.empty())
print(isinstance(q, queue.Queue), q.maxsize, q.unfinished_tasks)
