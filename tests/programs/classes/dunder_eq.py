# __eq__ makes == compare values; `is` still compares identity
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

a = Point(1, 2)
b = Point(1, 2)
print(a == b, a is b, a != b)
print(a in [b])
