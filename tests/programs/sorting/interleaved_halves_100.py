# Sorting 100 items made of two sorted halves that interleave: count and order of __lt__ calls
class Key:
    calls = 0
    trail = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Key.calls += 1
        Key.trail = (Key.trail * 131 + self.v * 7 + other.v) % 1000003
        return self.v < other.v


evens = [2 * i for i in range(50)]
odds = [2 * i + 1 for i in range(50)]
keys = [Key(v) for v in evens + odds]
keys.sort()
print(Key.calls, Key.trail)
print([k.v for k in keys[:8]])
