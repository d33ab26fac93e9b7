# a name the instance does not have is a KeyError in its __dict__, not an AttributeError
class Box:
    def __init__(self):
        self.width = 2


b = Box()
print(b.__dict__["width"])
print(b.__dict__["height"])
