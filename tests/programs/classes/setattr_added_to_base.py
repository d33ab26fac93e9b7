# __setattr__ and __delattr__ set on a base class after instances exist, then deleted again
class Base:
    pass


class Point(Base):
    def __init__(self, x):
        self.x = x


def logged_set(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value * 10)


def logged_del(self, name):
    print("del", name)
    object.__delattr__(self, name)


p = Point(1)
p.y = 2
Base.__setattr__ = logged_set
p.z = 3
q = Point(4)
print(p.x, p.y, p.z, q.x)
Base.__delattr__ = logged_del
del p.y
del Base.__setattr__
p.w = 5
print(vars(p), vars(q))
del Base.__delattr__
del p.z
print(vars(p))
setattr(Point, "__setattr__", logged_set)
p.v = 6
delattr(Point, "__setattr__")
p.u = 7
print(vars(p))
