# An __index__ that returns a str: the list subscript fails with CPython's TypeError
class Pos:
    def __index__(self):
        return "2"


items = [10, 20, 30]
print(items[Pos()])
