# class Shape(metaclass=ABCMeta): an abstract class without the ABC base
from abc import ABCMeta, abstractmethod


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        pass


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


print(Square(3).area(), Shape.__abstractmethods__, Square.__abstractmethods__)
print(isinstance(Square(2), Shape), issubclass(ABCMeta, type))
try:
    Shape()
except TypeError as e:
    print(e)
