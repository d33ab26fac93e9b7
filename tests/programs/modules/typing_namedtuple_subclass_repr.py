# A subclass of a typing.NamedTuple class whose __repr__ is the program's: the subclass uses it
from typing import NamedTuple


class Vector(NamedTuple):
    x: int
    y: int

    def __repr__(self):
        return f"<{self.x}, {self.y}>"


class Scaled(Vector):
    def scaled(self, k):
        return Scaled(self.x * k, self.y * k)

    def __str__(self):
        return "scaled " + repr(self)


s = Scaled(1, 2)
print(s, s.scaled(3), [s], repr(s), Vector(0, 0), [Vector(5, 5)], str(Vector(1, 1)))
