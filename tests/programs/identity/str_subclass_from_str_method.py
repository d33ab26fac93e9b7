# a __str__ returning a str subclass's object: str() and format() hand it back, a conversion with a spec makes a str
class Name(str):
    pass


class Person:
    def __init__(self, name):
        self.name = Name(name)

    def __str__(self):
        return self.name

    def __repr__(self):
        return self.name


p = Person("Ada")
a = str(p)
b = repr(p)
c = format(p)
d = f"{p}"
e = f"{p!s}"
f = "%s" % p
g = "{}".format(p)
h = f"{p!s:>5}"
print(type(a).__name__, type(b).__name__, type(c).__name__, type(d).__name__)
print(type(e).__name__, type(f).__name__, type(g).__name__, type(h).__name__)
print(a is p.name, e is p.name, h)
