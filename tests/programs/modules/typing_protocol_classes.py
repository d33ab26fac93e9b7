# typing.Protocol: protocols as annotations, a class derived from one with its own __init__, a protocol of protocols; a protocol cannot be instantiated
from abc import abstractmethod
from typing import Protocol


class Shape(Protocol):
    name: str

    def area(self) -> float: ...

    def describe(self) -> str:
        return f"{self.name} of area {self.area()}"


class Named(Protocol):
    def label(self) -> str: ...


class NamedShape(Shape, Named, Protocol):
    pass


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.name = "square"
        self.side = side

    def area(self) -> float:
        return self.side * self.side


class Circle:
    def __init__(self, radius: float) -> None:
        self.name = "circle"
        self.radius = radius

    def area(self) -> float:
        return 3 * self.radius * self.radius


def total(shapes: list[Shape]) -> float:
    return sum(shape.area() for shape in shapes)


square = Square(2)
print(square.describe(), total([square, Circle(1)]))
print(Square._is_protocol, Shape._is_protocol, NamedShape._is_protocol)
print(Shape.__abstractmethods__, Square.__abstractmethods__, Shape.__parameters__)
print(Shape.__init__ is Named.__init__, Square.__init__ is Shape.__init__)
try:
    Shape()
except TypeError as error:
    print(error)


class Sized(Protocol):
    @abstractmethod
    def size(self) -> int: ...


try:
    Sized()
except TypeError as error:
    print(error)


class Base:
    pass


try:
    class Broken(Base, Protocol):
        pass
except TypeError as error:
    print(error)
