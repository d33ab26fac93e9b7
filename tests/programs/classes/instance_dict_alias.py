# obj.__dict__ is one dict, the same object each time, that IS the instance's attributes
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
d = p.__dict__
print(d is p.__dict__, vars(p) is d)
d["z"] = 3
print(p.z)
p.x = 10
print(d["x"])
del d["y"]
print(hasattr(p, "y"), d)
p.y = 5
print(list(d))
del p.z
print(d, "z" in d)
