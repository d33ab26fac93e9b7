# assigning an instance's __dict__ makes that dict its attributes; the old dict lives on apart
class Point:
    def __init__(self):
        self.x = 1


p = Point()
old = p.__dict__
fresh = {"y": 2, "z": 3}
p.__dict__ = fresh
print(p.y, p.z, hasattr(p, "x"))
print(p.__dict__ is fresh, vars(p) is fresh, old)
p.w = 4
print(fresh)
fresh["y"] = 20
del fresh["z"]
print(p.y, vars(p))
old["x"] = 5
print(hasattr(p, "x"), old)
