# calling an instance whose class has no __call__
class Box:
    pass

b = Box()
b()
