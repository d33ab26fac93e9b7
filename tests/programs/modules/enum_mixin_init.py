# a plain mixin's __init__ runs for each member of the Enum that derives from it
from enum import Enum


class Described:
    def __init__(self, *args):
        self.text = " ".join(str(a) for a in args)

    def describe(self):
        return f"{self._name_}: {self.text}"


class Shape(Described, Enum):
    TRIANGLE = 3, "sides"
    SQUARE = 4, "corners"


print(Shape.TRIANGLE.text, Shape.SQUARE.describe(), Shape._member_type_)
