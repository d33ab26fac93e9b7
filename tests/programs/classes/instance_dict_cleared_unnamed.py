# clearing an instance's __dict__ reached without a name removes its attributes all the same
class Point:
    pass


p = Point()
p.x = 1
p.y = 2
p.__dict__.clear()
print(hasattr(p, "x"), vars(p))
