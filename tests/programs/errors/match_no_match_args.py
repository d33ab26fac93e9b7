# a positional sub-pattern on a class without __match_args__ raises TypeError when tried
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
match p:
    case Point(x, y):
        print(x, y)
