# int.__new__ given a class that is not a subclass of int
class Num(int):
    def __new__(cls, v):
        return int.__new__(str, v)


n = Num(3)
