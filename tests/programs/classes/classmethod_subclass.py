# a classmethod called on a subclass receives the subclass
class Shape:
    @classmethod
    def make(cls):
        return cls()

class Circle(Shape):
    pass

c = Circle.make()
print(type(c).__name__, type(c) is Circle)
