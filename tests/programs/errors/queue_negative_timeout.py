# a negative timeout is a ValueError, even when the queue has an item
import queue

q = queue.Queue()
q.put(1)
q.get(timeout=-1)
