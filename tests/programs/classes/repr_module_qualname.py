# repr of classes and instances names the class's __module__ and __qualname__: nested, local, and a class body setting __module__
class Outer:
    class Inner:
        pass
class Shape:
    __module__ = "shapes"
print(Outer.Inner, Shape, Shape().__repr__()[:20], repr(Outer.Inner())[:30])
def f():
    class Local:
        pass
    return Local
print(f(), repr(f()())[:30])


class R:
    def __repr__(self):
        return "R!" + super().__repr__()[:12]
print(R(), [R()])
