# __name__, __class__ and __bases__ of classes and instances
class Base:
    pass

class Leaf(Base):
    pass

x = Leaf()
print(Leaf.__name__, x.__class__.__name__)
print(Leaf.__bases__[0] is Base, Base.__bases__[0] is object)
print(x.__class__ is Leaf)
