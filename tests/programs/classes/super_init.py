# super().__init__ runs the parent's initialiser on the same instance
class Shape:
    def __init__(self, name):
        self.name = name

class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side

s = Square(3)
print(s.name, s.area())
