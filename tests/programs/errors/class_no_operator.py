# + with an instance whose class defines no __add__
class Box:
    pass

b = Box() + 1
