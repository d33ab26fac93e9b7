# a class may name object's own slot wrappers as its hooks: they bind like methods
class Plain:
    __getattribute__ = object.__getattribute__
    __setattr__ = object.__setattr__

    def __getattr__(self, name):
        return "missing " + name


p = Plain()
p.x = 1
print(p.x, p.y)
print(p.__setattr__ is not None)
