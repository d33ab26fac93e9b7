# queue.Empty and queue.Full caught: get_nowait on an empty queue, put_nowait and a timed put on a full one
import queue

q = queue.Queue(maxsize=1)
try:
    q.get_nowait()
except queue.Empty as e:
    print("empty", repr(e), type(e).__name__)
q.put("x")
try:
    q.put_nowait("y")
except queue.Full as e:
    print("full", repr(e))
try:
    q.put("z", timeout=0.01)
except queue.Full:
    print("still full after the timeout")
print(q.get(timeout=0.01))
try:
    q.get(block=True, timeout=0)
except queue.Empty:
    print("empty after the timeout")
try:
    q.get(False, -1)
except queue.Empty:
    print("block=False ignores the timeout")
print(issubclass(queue.Empty, Exception), queue.Full.__name__)
