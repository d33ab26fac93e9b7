# bytes() and bytearray() of a program's objects: __index__ gives a count, __iter__ or __getitem__ the items (bytes() asks __len__), anything else a TypeError
class Plain:
    pass


class Count:
    def __index__(self):
        return 3


class Digits:
    def __init__(self, *values):
        self.values = values

    def __iter__(self):
        return iter(self.values)

    def __len__(self):
        return len(self.values)


class Old:
    def __getitem__(self, i):
        if i < 2:
            return 65 + i
        raise IndexError(i)


class Broken:
    def __iter__(self):
        raise ValueError("no items")


print(bytes(Count()), bytearray(Count()), bytes(Digits(104, 105)), bytearray(Digits(33)))
print(bytes(Old()), bytearray(Old()))
for make in (bytes, bytearray):
    for thing in (Plain(), Broken(), Digits(300), Digits("a")):
        try:
            print(make(thing))
        except (TypeError, ValueError) as error:
            print(type(error).__name__, error)
