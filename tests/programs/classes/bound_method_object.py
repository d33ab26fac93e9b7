# a bound method stored in a variable remembers its instance
class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return "hello " + self.name

g = Greeter("ann")
m = g.hello
print(m())
print(m.__self__ is g, m.__func__ is Greeter.hello)
