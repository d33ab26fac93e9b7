# get_nowait() on an empty queue raises queue.Empty (an uncaught one prints _queue.Empty)
import queue

q = queue.Queue()
q.put(1)
print(q.get_nowait())
q.get_nowait()
