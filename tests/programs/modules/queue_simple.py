# queue.SimpleQueue: an unbounded FIFO with put, get, the _nowait forms, qsize and empty
import queue

sq = queue.SimpleQueue()
sq.put("a")
sq.put_nowait("b")
sq.put("c", block=False, timeout=5)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.get(timeout=1))
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("empty")
try:
    sq.get_nowait()
except queue.Empty as e:
    print(type(e), sq.empty())
