# an instance's __dict__ is a dict of its attributes, in the order they were first set
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.__dict__)
p.label = "origin"
print(p.__dict__, len(p.__dict__))
