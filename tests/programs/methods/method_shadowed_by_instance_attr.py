# A method call on an instance whose own attribute of the same name shadows the method.
class Greeter:
    def hello(self, name):
        return "method " + name


def plain(name):
    return "attribute " + name


g = Greeter()
print(g.hello("a"))
g.hello = plain
print(g.hello("b"))
del g.hello
print(g.hello("c"))
