# copy.deepcopy of a list subclass's object: a new object of the class, no __init__, its own append
import copy


class Stack(list):
    def __init__(self, items):
        print("init")
        super().__init__(items)

    def append(self, item):
        print("append", item)
        super().append(item)


inner = [1, 2]
s = Stack([inner, inner, 3])
s.name = ["top"]
c = copy.deepcopy(s)
print(c, type(c).__name__, c.name)
print(c[0] is c[1], c[0] is inner, c.name is s.name)
