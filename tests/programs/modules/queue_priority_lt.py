# a PriorityQueue of the program's objects orders them with their __lt__, called as heapq calls it
import queue

class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost

    def __lt__(self, other):
        return self.cost < other.cost

q = queue.PriorityQueue()
q.put(Job("b", 2))
q.put(Job("a", 1))
q.put(Job("c", 3))
first = q.get()
print(first.name, [j.name for j in q.queue])
