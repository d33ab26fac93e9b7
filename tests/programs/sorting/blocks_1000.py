# Sorting 1000 references to 50 keys in four long sorted blocks: count_run, then galloping merges
class Key:
    trail = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Key.trail = (Key.trail * 131 + self.v * 53 + other.v) % 1000003
        return self.v < other.v


pool = [Key(v) for v in range(50)]
keys = []
for low in (20, 0, 35, 10):
    keys += [pool[low + j * 15 // 250] for j in range(250)]
keys.sort()
print(Key.trail)
print([k.v for k in keys[:5]], [k.v for k in keys[-5:]], len(keys))
