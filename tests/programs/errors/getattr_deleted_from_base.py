# __getattr__ deleted from a base class: the next missing attribute is an AttributeError again
class Base:
    def __getattr__(self, name):
        return 0


class Item(Base):
    pass


item = Item()
print(item.count)
del Base.__getattr__
print(item.count)
