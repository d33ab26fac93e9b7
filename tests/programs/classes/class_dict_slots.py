# a class with __slots__ has one member descriptor per slot in its namespace, and no __dict__
class Pair:
    __slots__ = ("left", "right")


print(vars(Pair))
print(vars(Pair)["left"] is Pair.__dict__["left"])
