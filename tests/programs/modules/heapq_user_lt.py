# heapq compares with <, so a class's __lt__ runs at each comparison
import heapq


class Job:
    def __init__(self, cost):
        self.cost = cost

    def __lt__(self, other):
        return self.cost < other.cost


jobs = [Job(5), Job(2), Job(8), Job(1)]
heapq.heapify(jobs)
cheapest = heapq.heappop(jobs)
print(cheapest.cost, [j.cost for j in jobs])
