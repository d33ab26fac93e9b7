# reversed() of an instance with __len__ and __getitem__: __len__ once, then each item backwards
class Countdown:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        return self.n - i


r = reversed(Countdown(3))
print(type(r).__name__)
for x in r:
    print(x)
print(list(r))
print(list(reversed(Countdown(0))))
