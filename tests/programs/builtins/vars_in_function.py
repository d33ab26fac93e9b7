# a function given an object changes its attributes through vars(obj)
def reset(obj):
    for name in list(vars(obj)):
        setattr(obj, name, 0)


class Counter:
    def __init__(self):
        self.a = 5
        self.b = 7


c = Counter()
reset(c)
print(vars(c))
vars(c)["a"] += 1
print(c.a)
