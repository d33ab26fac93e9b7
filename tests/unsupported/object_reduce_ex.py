# unsupported: __reduce_ex__ line 7
# object.__reduce_ex__ is the protocol pickle and copy use to rebuild an object
class Cell:
    pass


print(object.__reduce_ex__(Cell(), 2))
