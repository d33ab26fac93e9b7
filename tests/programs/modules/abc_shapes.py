# abc.ABC with abstractmethod: subclasses that implement the methods, and the TypeError for one that does not
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return f"{type(self).__name__}: area {self.area()}, perimeter {self.perimeter()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side**2

    def perimeter(self):
        return 4 * self.side


class Unfinished(Shape):
    def area(self):
        return 0


shapes = [Square(2), Square(3)]
for s in shapes:
    print(s.describe(), isinstance(s, Shape))
for cls in (Shape, Unfinished):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
