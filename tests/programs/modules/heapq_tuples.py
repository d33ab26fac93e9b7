# a heap of (priority, task) tuples: tuples compare item by item
from heapq import heappush, heappop

tasks = []
heappush(tasks, (2, "write"))
heappush(tasks, (1, "plan"))
heappush(tasks, (3, "test"))
while tasks:
    priority, task = heappop(tasks)
    print(priority, task)
