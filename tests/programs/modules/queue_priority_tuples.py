# a queue.PriorityQueue of (priority, name) tuples: q.queue is the list heapq keeps as a heap
import queue

tasks = queue.PriorityQueue()
for item in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    tasks.put(item)
heap = tasks.queue
print(heap)
order = []
while not tasks.empty():
    order.append(tasks.get())
print(order, heap, tasks.qsize())
