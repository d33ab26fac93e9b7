# reading a slot that was never set
class Pair:
    __slots__ = ("first", "second")

    def __init__(self, first):
        self.first = first


p = Pair(1)
print(p.first)
print(p.second)
