# A set of points with __eq__/__hash__: building it, `in`, and the set operations, each
# comparing equal-hash items with the program's __eq__.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P{self.x}{self.y}"


a = {Point(0, 0), Point(1, 1), Point(0, 0)}
b = {Point(1, 1), Point(2, 2)}
print(len(a), Point(1, 1) in a, Point(3, 3) in a)
print(sorted(map(repr, a | b)))
print(a & b, a - b, b - a)
print(sorted(map(repr, a ^ b)))
print(a <= b, {Point(1, 1)} <= b, {Point(1, 1)}.issubset(b), b.issuperset([Point(2, 2)]))
print(a.isdisjoint(b), a.isdisjoint([Point(5, 5)]))
print(a == {Point(1, 1), Point(0, 0)}, a != b)
a.add(Point(2, 2))
a.discard(Point(0, 0))
a.remove(Point(1, 1))
print(a)
s = set([Point(4, 4), Point(4, 4)])
print(s, frozenset(s) == s)
