# a PriorityQueue compares its items as heapq does: two dicts cannot be ordered
import queue

q = queue.PriorityQueue()
q.put((1, {"name": "a"}))
q.put((1, {"name": "b"}))
