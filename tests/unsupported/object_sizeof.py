# unsupported: object.__sizeof__ line 7
# object.__sizeof__ answers CPython's size in bytes of the object's memory block
class Cell:
    pass


print(object.__sizeof__(Cell()))
