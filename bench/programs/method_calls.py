# Method calls on instances of a small class.
class Counter:
    def __init__(self, start):
        self.value = start

    def add(self, amount):
        self.value = self.value + amount
        return self.value


counter = Counter(0)
for i in range(2_000_000):
    counter.add(i % 7)
print(counter.value)
