# copy.copy of an instance: a new object of the same class whose attributes are the same objects (__init__ is not run)
import copy


class Point:
    def __init__(self, x, tags):
        print("init")
        self.x = x
        self.tags = tags


p = Point(1000, ["a"])
q = copy.copy(p)
q.tags.append("b")
q.x = 2000
print(type(q).__name__, q is p, q.tags is p.tags, p.tags, p.x, q.x)
