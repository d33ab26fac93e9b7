# copy.copy calls the class's own __copy__ when it defines one, as a real call
import copy


class Counter:
    def __init__(self, start):
        self.count = start
        self.history = []

    def __copy__(self):
        fresh = Counter(self.count)
        return fresh


c = Counter(5)
c.history.append(1)
d = copy.copy(c)
print(d.count, d.history, d.history is c.history)
