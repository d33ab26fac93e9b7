# unsupported: subclassing line 2
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))


print(Point(1, 2))
