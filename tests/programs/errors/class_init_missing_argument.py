# calling a class with too few arguments for __init__
class Dog:
    def __init__(self, name):
        self.name = name

d = Dog()
