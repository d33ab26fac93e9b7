# a name both in __slots__ and a class variable is refused when the class is made
class Config:
    __slots__ = ("debug",)
    debug = False
