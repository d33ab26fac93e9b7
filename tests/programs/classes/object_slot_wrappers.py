# object's methods read from the class are slot wrappers and method descriptors, one object each
class Plain:
    pass


print(object.__init__)
print(object.__setattr__, object.__eq__)
print(object.__format__)
print(object.__init__ is object.__init__, Plain.__init__ is object.__init__)
print(Plain.__repr__ is object.__repr__, Plain.__new__ is object.__new__)
print(type(object.__init__).__name__, type(object.__format__).__name__)
p = Plain()
print(type(p.__init__).__name__, type(p.__format__).__name__)
print(p.__new__ is object.__new__)
