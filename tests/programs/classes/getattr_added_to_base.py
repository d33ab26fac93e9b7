# __getattr__ set on a base class after a subclass's instance exists, then deleted again
class Base:
    pass


class Middle(Base):
    pass


class Leaf(Middle):
    def __init__(self):
        self.size = 2


def fallback(self, name):
    return "fallback " + name


def other(self, name):
    return "other " + name


leaf = Leaf()
try:
    leaf.colour
except AttributeError as e:
    print("before:", e)
Base.__getattr__ = fallback
print(leaf.colour, leaf.size)
Middle.__getattr__ = other
print(leaf.colour)
del Middle.__getattr__
print(leaf.colour)
delattr(Base, "__getattr__")
try:
    leaf.colour
except AttributeError as e:
    print("after:", e)
setattr(Leaf, "__getattr__", other)
print(getattr(leaf, "weight"), hasattr(leaf, "anything"))
del Leaf.__getattr__
print(hasattr(leaf, "anything"))
