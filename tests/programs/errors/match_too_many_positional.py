# more positional sub-patterns than __match_args__ names is a TypeError
class Pair:
    __match_args__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


match Pair(1, 2):
    case Pair(a, b, c):
        print(a, b, c)
