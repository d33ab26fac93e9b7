# a class's __dict__ lists its body's names in order, then __dict__, __weakref__ and __doc__
class Shape:
    """A shape."""

    sides = 0
    name = "shape"


class Square(Shape):
    sides = 4


print(list(Shape.__dict__))
print(Square.__dict__)
print(Shape.__dict__["__doc__"], Square.__dict__ == vars(Square))
del Shape.sides
Shape.sides = 1
print(list(Shape.__dict__))
