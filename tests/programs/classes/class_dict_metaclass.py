# a class made by a program's metaclass has the same namespace; the metaclass's own adds nothing
class Meta(type):
    pass


class Shape(metaclass=Meta):
    sides = 0


print(list(vars(Shape)), list(vars(Meta)))
