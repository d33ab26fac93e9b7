# the dict assigned as an instance's __dict__ keeps being its attributes through dict methods
class Point:
    pass


p = Point()
p.a = 1
d = {"b": 2}
p.__dict__ = d
d.update(c=3)
d.pop("b")
p.__dict__ |= {"e": 5}
print(vars(p), p.__dict__ is d)
