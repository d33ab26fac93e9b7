# a Stack(list) and a Counter-like dict subclass, each with attributes beside its cells
class Stack(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
        self.pushes = 0

    def push(self, item):
        self.pushes += 1
        self.append(item)


class Tally(dict):
    def __missing__(self, key):
        return 0


plates = Stack("plates")
for size in [3, 5, 8]:
    plates.push([size] * 2)
counts = Tally()
counts.owner = plates
for word in "a b a".split():
    counts[word] += 1
top = plates.pop()
