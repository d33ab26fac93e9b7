# unsupported: Queue.join() line 6
import queue

q = queue.Queue()
q.put("job")
q.join()
