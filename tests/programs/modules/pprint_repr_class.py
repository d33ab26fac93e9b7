# pprint calls a class's __repr__ for each of its objects, again on every level that does not fit
import pprint


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


points = [Point(i, i * i) for i in range(8)]
pprint.pprint(points)
pprint.pprint({"origin": Point(0, 0), "far": Point(100, 200)}, width=20)
