# a property of the metaclass is read on its classes, before the class's own attribute
class Counted(type):
    @property
    def size(cls):
        return len(cls.items)


class Bag(metaclass=Counted):
    items = [1, 2, 3]
    size = "own"


print(Bag.size, Bag.items)
