# __delattr__ runs for `del obj.name` and delattr(), object.__delattr__ removes the attribute
class Tracked:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)


t = Tracked()
del t.a
delattr(t, "b")
print(hasattr(t, "a"), hasattr(t, "b"))
try:
    del t.c
except AttributeError as e:
    print(e)
