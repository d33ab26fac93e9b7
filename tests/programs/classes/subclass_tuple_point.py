# A subclass of tuple made through __new__, with properties, a method and a __repr__
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
q = p.moved(3, 4)
a, b = q
print(p, q, a, b, p.x, q.y, len(q), type(q).__name__, [p, q])
print(p == (1, 2), p + (5,), type(p + (5,)).__name__, type(p[:]).__name__, p[::-1], tuple(p))
print({p: "start"}[(1, 2)], p < q, p.count(1), p.index(2), isinstance(p, tuple), p is Point(1, 2))
print(sorted([q, p]), max(p), list(p), str(p), f"{p}", Point.__bases__[0].__name__)
