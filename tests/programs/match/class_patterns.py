# class patterns: isinstance, then attributes by keyword or by position through __match_args__
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x=px, y=py) if px == py:
            return f"on the diagonal at {px}"
        case Point():
            return "somewhere"
    return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), (1, 2)]:
    print(where(p))
