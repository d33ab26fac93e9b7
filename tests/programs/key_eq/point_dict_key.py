# A Point with __eq__ and __hash__ as a dict key: an equal but distinct point finds the entry
# (its __eq__ runs, with steps), get/setdefault/pop/del go through the same lookup.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


names = {Point(0, 0): "origin", Point(1, 2): "a"}
print(names[Point(1, 2)])
names[Point(1, 2)] = "b"
print(len(names), names)
print(names.get(Point(0, 0)), names.get(Point(5, 5), "?"))
print(names.setdefault(Point(3, 3), "new"), names.setdefault(Point(0, 0), "x"))
print(names.pop(Point(3, 3)))
del names[Point(0, 0)]
print(names)
print(Point(1, 2) in names.keys(), (Point(1, 2), "b") in names.items())
d2 = dict(names)
d2.update({Point(1, 2): "c", Point(9, 9): "z"})
print(d2, {**names, Point(1, 2): "d"})
print(dict.fromkeys([Point(1, 1), Point(1, 1), Point(2, 2)]))
print({Point(i % 2, 0): i for i in range(4)})
print(dict.fromkeys({Point(5, 5)}, 0), dict.fromkeys(names, 1))
