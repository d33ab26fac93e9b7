# Queue.put() needs the item: CPython's TypeError names Queue.put
import queue

q = queue.PriorityQueue()
q.put()
