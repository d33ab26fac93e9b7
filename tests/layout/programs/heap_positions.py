# A binary min-heap of tasks that remembers where each task sits: a dict keyed by objects, and a table of zeros beside a loop index
class Task:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority


class MinHeap:
    def __init__(self):
        self.items = []
        self.position = {}

    def push(self, task):
        self.items.append(task)
        self.position[task] = len(self.items) - 1
        self.sift_up(len(self.items) - 1)

    def swap(self, i, j):
        self.items[i], self.items[j] = self.items[j], self.items[i]
        self.position[self.items[i]] = i
        self.position[self.items[j]] = j

    def sift_up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if self.items[parent].priority <= self.items[i].priority:
                break
            self.swap(i, parent)
            i = parent


heap = MinHeap()
for name, priority in [("wash", 5), ("cook", 2), ("read", 7), ("shop", 1), ("call", 3)]:
    heap.push(Task(name, priority))
done = [0] * 12
for i in range(3):
    done[i] = heap.items[i].priority
print([task.name for task in heap.items])
print({task.name: index for task, index in heap.position.items()})
print(done)
