# annotations in a class body fill the class's __annotations__; fields without a value stay unbound
class Point:
    x: float
    y: float = 0.0
    label: str = "origin"

    def __init__(self, x: float):
        self.x = x


p = Point(1.5)
print(Point.__annotations__)
print(p.x, p.y, Point.label, hasattr(Point, "x"))
