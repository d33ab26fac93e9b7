# __init__ stores attributes; a method reads them through self
class Dog:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def describe(self):
        return self.name + " is " + str(self.age)

rex = Dog("Rex", 3)
print(rex.describe())
