# queue's classes in annotations: Queue[int] is a generic alias, as Lib/queue.py's __class_getitem__ makes it
import queue

pending: queue.Queue[int] = queue.Queue()

def drain(q: queue.LifoQueue[str]) -> list[str]:
    out = []
    while not q.empty():
        out.append(q.get())
    return out

stack = queue.LifoQueue()
stack.put("x")
stack.put("y")
print(drain(stack), queue.PriorityQueue[tuple[int, str]], queue.SimpleQueue[str])
print(queue.Queue[int]().qsize(), pending.qsize())
