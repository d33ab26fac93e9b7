# unsupported: object.__dir__ line 8
# object.__dir__ lists the names in the order of CPython's own dicts, object's included
class Cell:
    def __init__(self):
        self.value = 1


print(object.__dir__(Cell()))
