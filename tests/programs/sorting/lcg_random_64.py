# Sorting exactly 64 pseudo-random items (an LCG) through __lt__: the first length that merges
class Key:
    calls = 0
    trail = 0

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        Key.calls += 1
        Key.trail = (Key.trail * 131 + self.i * 67 + other.i) % 1000003
        return self.v < other.v


seed = 2026
values = []
for _ in range(64):
    seed = (seed * 1103515245 + 12345) % 2147483648
    values.append(seed >> 20)
keys = [Key(v, i) for i, v in enumerate(values)]
keys.sort()
print(Key.calls, Key.trail)
print([k.i for k in keys[:10]])
