# __getattribute__ runs for every attribute read, methods too; object.__getattribute__ looks up
class Counted:
    def __init__(self):
        self.reads = 0
        self.x = 10

    def __getattribute__(self, name):
        if name != "reads":
            count = object.__getattribute__(self, "reads")
            object.__setattr__(self, "reads", count + 1)
        return object.__getattribute__(self, name)

    def double(self):
        return self.x * 2


c = Counted()
print(c.x)
print(c.double())
print(c.reads)
