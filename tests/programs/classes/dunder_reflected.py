# 2 * v uses __rmul__ because int cannot multiply a Vec
class Vec:
    def __init__(self, x):
        self.x = x

    def __mul__(self, k):
        return Vec(self.x * k)

    def __rmul__(self, k):
        return Vec(self.x * k)

    def __radd__(self, other):
        return other + self.x

v = 2 * Vec(5)
print(v.x)
print(sum([Vec(1), Vec(2)]))
