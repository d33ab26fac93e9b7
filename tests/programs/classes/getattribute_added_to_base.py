# __getattribute__ set on a base class after a method was called: later calls go through it
class Base:
    pass


class Greeter(Base):
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hello " + self.name


def traced(self, attr):
    print("reading", attr)
    return object.__getattribute__(self, attr)


g = Greeter("ada")
print(g.greet())
Base.__getattribute__ = traced
print(g.greet())
print(g.name)
del Base.__getattribute__
print(g.greet(), g.name)
