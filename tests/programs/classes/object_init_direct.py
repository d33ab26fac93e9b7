# A chain of explicit Base.__init__(self) calls ends in object.__init__(self), which does nothing
class Shape:
    def __init__(self, name):
        object.__init__(self)
        self.name = name


class Square(Shape):
    def __init__(self, side):
        Shape.__init__(self, "square")
        self.side = side


s = Square(3)
print(s.name, s.side)
print(object.__init__(s))
