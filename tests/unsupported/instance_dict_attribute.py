# unsupported: __dict__ line 10
# an instance's __dict__ (its attributes as a dict) is CPython's own storage: refused, with its line
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.__dict__)
