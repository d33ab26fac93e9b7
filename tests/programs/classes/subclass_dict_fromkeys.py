# fromkeys of a dict subclass makes an object of the subclass, calling its __init__ and __setitem__
class Tally(dict):
    def __init__(self):
        super().__init__()
        self.made = True

    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


t = Tally.fromkeys("ab", 0)
print(type(t).__name__, t, t.made)
u = t.fromkeys(["x"])
print(type(u).__name__, u)


class Plain(dict):
    pass


p = Plain.fromkeys(range(3), [])
print(type(p).__name__, p, p[0] is p[2])
