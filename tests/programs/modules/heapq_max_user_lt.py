# heapq's max-heap helpers: user lt
import heapq


class Job:
    def __init__(self, size):
        self.size = size

    def __lt__(self, other):
        print("compare", self.size, other.size)
        return self.size < other.size


jobs = [Job(n) for n in [2, 8, 5, 1, 9]]
heapq._heapify_max(jobs)
print([j.size for j in jobs])
print(heapq._heappop_max(jobs).size)
print(heapq._heapreplace_max(jobs, Job(6)).size, [j.size for j in jobs])
