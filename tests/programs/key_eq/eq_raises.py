# An exception raised inside __eq__ during a dict lookup propagates out of the lookup.
class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if self.v < 0 or other.v < 0:
            raise ValueError("negative key")
        return self.v == other.v

    def __hash__(self):
        return 0


d = {Key(1): "one"}
try:
    print(d[Key(-1)])
except ValueError as e:
    print("caught", e)
try:
    {Key(1), Key(-2)}
except ValueError as e:
    print("caught", e)
print(Key(1) in d)
