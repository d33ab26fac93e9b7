# assigning a name outside __slots__ ends the program
class Point:
    __slots__ = ("x", "y")


p = Point()
p.x = 1
p.z = 3
