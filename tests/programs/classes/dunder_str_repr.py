# print uses __str__; repr() and containers use __repr__
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __str__(self):
        return "(" + str(self.x) + ", " + str(self.y) + ")"

    def __repr__(self):
        return "Point(" + repr(self.x) + ", " + repr(self.y) + ")"

p = Point(1, 2)
print(p)
print(repr(p))
print([p, p])
print(f"at {p}")
print(str(p))
