# the __dict__ descriptor in a class's namespace is the same object at every read
class Box:
    pass


attr = vars(Box)["__dict__"]
print(attr, type(attr).__name__, attr is Box.__dict__["__dict__"])
print(vars(Box) is vars(Box), vars(Box) == vars(Box))
copy = Box.__dict__.copy()
print(type(copy).__name__, len(copy))
for name in vars(Box):
    print(name)
print(sorted(vars(Box).items())[0])
