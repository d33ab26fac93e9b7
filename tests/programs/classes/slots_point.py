# __slots__: the instance has only its slots, and no attribute outside them
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.y = y
        self.x = x


p = Point(1, 2)
p.x = 10
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(e)
print(Point.x, type(Point.y).__name__)
