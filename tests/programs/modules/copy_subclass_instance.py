# copy.copy of a subclass instance: the copy has the subclass, and inherited methods work on it
import copy


class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"


class Dog(Animal):
    def speak(self):
        return self.name + " barks"


a = Animal("generic")
d = Dog("rex")
a2 = copy.copy(a)
d2 = copy.copy(d)
d2.name = "max"
print(type(d2).__name__, d2.speak(), d.speak(), a2.speak())
