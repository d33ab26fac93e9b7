# heapq.merge: compare
import heapq


class Task:
    def __init__(self, rank):
        self.rank = rank

    def __lt__(self, other):
        return self.rank < other.rank

    def __repr__(self):
        return "Task(" + str(self.rank) + ")"


first = [Task(1), Task(4)]
second = [Task(2), Task(3)]
print(list(heapq.merge(first, second)))
print(list(heapq.merge([Task(5), Task(1)], [Task(3)], reverse=True)))
