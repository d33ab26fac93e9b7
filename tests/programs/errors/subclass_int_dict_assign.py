# __dict__ of an int subclass's object holds its attributes: a missing one is an AttributeError
class Num(int):
    pass


n = Num(5)
vars(n)["size"] = 1
del n.__dict__["size"]
print(n.size)
