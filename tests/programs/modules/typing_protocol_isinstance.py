# isinstance() with a @runtime_checkable Protocol checks the object's members, not its class's bases; issubclass() checks the class's methods
from typing import Protocol, runtime_checkable


@runtime_checkable
class Shape(Protocol):
    def area(self): ...


@runtime_checkable
class Named(Protocol):
    name: str

    def describe(self): ...


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side**2


class Blob:
    pass


class Pet:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return "pet " + self.name


class Muted(Square):
    area = None


class Drawn(Shape):
    def __init__(self):
        self.kind = "drawn"

    def area(self):
        return 0


shapes = [Square(2), Blob(), Muted(1), Drawn(), 5]
print([isinstance(s, Shape) for s in shapes])
print(isinstance(Pet("rex"), Named), isinstance(Square(1), Named))
blob = Blob()
blob.area = lambda: 1
print(isinstance(blob, Shape), issubclass(Square, Shape), issubclass(int, Shape))
print(issubclass(Blob, Shape), issubclass(Drawn, Shape), isinstance(Drawn(), Drawn))
