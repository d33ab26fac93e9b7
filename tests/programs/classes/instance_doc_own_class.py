# An instance's __doc__ is its own class's docstring, None without one, never a base's
class Animal:
    "Something alive."

class Dog(Animal):
    pass

class Puppy(Dog):
    "A young dog."

rex = Dog()
print(Animal().__doc__)
print(rex.__doc__)
print(Puppy().__doc__)
print(super(Dog, rex).__doc__)
rex.__doc__ = "Rex's own"
print(rex.__doc__, Dog().__doc__)
