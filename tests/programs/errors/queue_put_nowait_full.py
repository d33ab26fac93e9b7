# put_nowait() on a full queue raises queue.Full
import queue

q = queue.LifoQueue(2)
q.put_nowait(1)
q.put_nowait(2)
q.put_nowait(3)
