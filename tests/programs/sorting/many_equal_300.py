# Sorting 300 items with only three distinct keys: galloping over equal runs keeps them stable
class Key:
    calls = 0
    trail = 0

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        Key.calls += 1
        Key.trail = (Key.trail * 131 + self.i * 307 + other.i) % 1000003
        return self.v < other.v


keys = [Key((i * 7) % 3, i) for i in range(300)]
keys.sort()
print(Key.calls, Key.trail)
print([k.i for k in keys[:6]], [k.i for k in keys[100:106]])
