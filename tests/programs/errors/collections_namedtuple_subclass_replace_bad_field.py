# _replace() of a namedtuple subclass's object with a name that is not a field
from collections import namedtuple


class Point(namedtuple("Point", "x y")):
    def swapped(self):
        return self._replace(x=self.y, y=self.x)


p = Point(1, 2)
print(p.swapped())
p._replace(z=3)
