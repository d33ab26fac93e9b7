# object.__repr__(self) is the default text even when the class has its own __repr__
class Box:
    def __repr__(self):
        return "Box()"


b = Box()
print(repr(b))
print(object.__repr__(b).startswith("<__main__.Box object at 0x"))
print(object.__repr__(b)[-1], len(object.__repr__(b).split()))
print(object.__str__(b))
