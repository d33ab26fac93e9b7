# Objects made from a class: two names, one instance
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx):
        return Point(self.x + dx, self.y)


p = Point(1, 2)
q = p
r = p.moved(3)
q.y = 10
print(p.y, r.y)
