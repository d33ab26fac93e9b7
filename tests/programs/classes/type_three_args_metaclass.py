# type() with three arguments takes the metaclass of its bases and runs its __init__
class Tracked(type):
    made = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Tracked.made.append(name)


class Base(metaclass=Tracked):
    pass


Extra = type("Extra", (Base,), {"size": 2})
print(type(Extra) is Tracked, Tracked.made, Extra.size)
