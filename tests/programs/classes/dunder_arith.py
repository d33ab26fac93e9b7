# arithmetic operators call __add__, __sub__, __mul__ and __neg__
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __repr__(self):
        return "Vec(" + str(self.x) + ", " + str(self.y) + ")"

a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, b - a, a * 3, -a)
