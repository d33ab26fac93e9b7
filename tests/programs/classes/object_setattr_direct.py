# A frozen record: its __setattr__ refuses, so __init__ stores through object.__setattr__
class Point:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError("Point is frozen")


p = Point(1, 2)
print(p.x, p.y)
try:
    p.x = 5
except AttributeError as e:
    print(e)
object.__setattr__(p, "x", 7)
print(p.x)
