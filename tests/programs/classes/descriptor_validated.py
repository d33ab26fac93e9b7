# a descriptor written by hand: __set_name__, __get__, and a __set__ that validates
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("must be positive")
        setattr(obj, self.name, value)


class Item:
    price = Positive()

    def __init__(self, price):
        self.price = price


item = Item(5)
print(item.price)
try:
    item.price = -1
except ValueError as e:
    print(e)
print(item.price, type(Item.price).__name__)
