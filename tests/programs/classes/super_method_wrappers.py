# super().__init__ and an object's own __repr__ are object's slot wrappers bound to it
class Base:
    def __init__(self):
        self.kind = type(super().__init__).__name__


b = Base()
print(b.kind)
print(type(b.__repr__).__name__, type(b.__eq__).__name__, type(b.__sizeof__).__name__)
print(b.__eq__(b), b.__ne__(b), b.__init__())
