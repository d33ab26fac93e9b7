# unsupported: __dict__ line 9
# replacing an instance's __dict__ with another dict swaps all its attributes at once
class Point:
    def __init__(self):
        self.x = 1


p = Point()
p.__dict__ = {"y": 2}
print(p.y)
