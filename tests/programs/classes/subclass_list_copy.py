# copy.copy of a list subclass: a new object of the class, no __init__, the items through append
import copy


class Log(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
        print("init", name)

    def append(self, item):
        print("append", item)
        super().append(item)


a = Log("a")
a.extend([1, [2]])
b = copy.copy(a)
print(type(b).__name__, b, b.name, b is a, b[1] is a[1])
print(Log.__slotnames__)
