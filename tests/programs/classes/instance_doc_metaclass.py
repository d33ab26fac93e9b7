# With a metaclass, a class and its instances still read only their own class's __doc__
class Meta(type):
    pass

class Base(metaclass=Meta):
    "The base."

class Child(Base):
    pass

print(Base.__doc__, Base().__doc__)
print(Child.__doc__, Child().__doc__)
