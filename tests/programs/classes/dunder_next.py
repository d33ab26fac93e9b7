# a class with __iter__ and __next__ driven by next()
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        return self.n

c = Countdown(3)
print(next(c), next(c))
print(iter(c) is c)
