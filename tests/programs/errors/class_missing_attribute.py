# reading an attribute the instance never got
class Dog:
    def __init__(self):
        self.age = 3

d = Dog()
print(d.age)
print(d.name)
