# deleting an instance's __dict__ drops its attributes; the next read makes a new empty dict
class Point:
    def __init__(self):
        self.x = 1
        self.y = 2


p = Point()
before = vars(p)
del p.__dict__
print(hasattr(p, "x"), before)
after = p.__dict__
print(after, after is before)
p.z = 3
print(after)
