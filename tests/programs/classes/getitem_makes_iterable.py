# an object whose class has only __getitem__ is iterable: items 0, 1, 2, ... until IndexError (or StopIteration)
class Squares:
    def __init__(self, count):
        self.count = count

    def __getitem__(self, index):
        if index >= self.count:
            raise IndexError(index)
        return index * index


for value in Squares(3):
    print("value", value)
print(list(Squares(4)), 4 in Squares(3), 9 in Squares(4))
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it), next(it, "done"))


class Letters:
    def __getitem__(self, index):
        if index == 2:
            raise StopIteration
        return "ab"[index]


print(sorted(Letters()), tuple(Letters()))


class Broken:
    def __getitem__(self, index):
        raise KeyError(index)


try:
    for x in Broken():
        pass
except KeyError as e:
    print("KeyError", e)
