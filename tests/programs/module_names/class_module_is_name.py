# a class's __module__ is the module's __name__ object itself
class Shape:
    pass


print(Shape.__module__, Shape.__module__ is __name__)
