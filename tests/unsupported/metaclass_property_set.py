# unsupported: descriptor line 12
class Counted(type):
    @property
    def size(cls):
        return 3


class Bag(metaclass=Counted):
    pass


Bag.size = 4
