# an object of a @dataclass(slots=True) class has no __dict__: setting a name that is not a field raises AttributeError
from dataclasses import dataclass


@dataclass(slots=True)
class Point:
    x: int
    y: int


p = Point(1, 2)
p.z = 3
