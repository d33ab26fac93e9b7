# sorted(..., key=, reverse=True) of 300 items: reversed before and after, equal keys stay in order
class Key:
    calls = 0
    trail = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Key.calls += 1
        Key.trail = (Key.trail * 131 + self.v * 23 + other.v) % 1000003
        return self.v < other.v


pool = [Key(v) for v in range(20)]


def scramble(i):
    return pool[(i * 1103515245 + 12345) % 2147483648 // 65536 % 20]


ordered = sorted(range(300), key=scramble, reverse=True)
print(Key.calls, Key.trail)
print(ordered[:12])
