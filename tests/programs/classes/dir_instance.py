# dir() of an instance lists its attributes, its class's names and object's, sorted
class Plain:
    kind = "plain"

    def __init__(self):
        self.value = 1

    def show(self):
        return self.value


names = dir(Plain())
print(names)
print([n for n in dir(Plain) if not n.startswith("__")])
