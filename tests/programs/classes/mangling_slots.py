# A private name in __slots__ becomes the slot _C__x, while __slots__ keeps it as written.
class C:
    __slots__ = ("__x", "y")

    def __init__(self):
        self.__x = 3
        self.y = 4


c = C()
print(C.__slots__, c._C__x, sorted(k for k in vars(C) if "x" in k))
try:
    class D:
        __slots__ = ("__x",)
        __x = 1
except ValueError as e:
    print(e)
