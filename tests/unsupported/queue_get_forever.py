# unsupported: Queue.get() line 5
import queue

q = queue.Queue()
item = q.get()
