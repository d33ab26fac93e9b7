# __new__ gets the call's arguments, object.__new__(cls) makes the instance, __init__ follows
class Point:
    def __new__(cls, x, y):
        print("new", cls.__name__, x, y)
        obj = object.__new__(cls)
        obj.made_by_new = True
        return obj

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    pass


p = Point(1, 2)
q = Point3(3, 4)
print(p.x, p.y, p.made_by_new, type(q).__name__, q.x)
