# __lt__ raising in the middle of sorting 80 items ends the program with its error
class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Key.calls += 1
        if Key.calls > 100:
            raise ValueError("too many comparisons: " + str(Key.calls))
        return self.v < other.v


keys = [Key((i * 29) % 80) for i in range(80)]
keys.sort()
