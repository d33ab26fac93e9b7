# unsupported: __dict__ line 9
# a key that is not a str in an instance's __dict__ is no attribute name the diagram can draw
class Point:
    def __init__(self):
        self.x = 1


p = Point()
p.__dict__[1] = "one"
print(p.__dict__)
