# a class body's locals() is the namespace being built: the same dict each call, later names included
class Point:
    x = 0
    names = locals()
    y = 0
    print(sorted(names), names is locals())


print(Point.names is Point.names["names"])
