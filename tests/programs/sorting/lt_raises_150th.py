# An exception in the 150th comparison stops the sort; the list keeps the order reached so far
class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Key.calls += 1
        if Key.calls == 150:
            raise RuntimeError("comparison 150")
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


keys = [Key((i * 37) % 101) for i in range(100)]
try:
    keys.sort()
except RuntimeError as e:
    print(e, Key.calls)
print(keys)
