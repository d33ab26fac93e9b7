# type(name, bases, dict) makes a class at run time: its attributes, methods and bases
def greet(self):
    return "hi " + self.name


Base = type("Base", (), {"kind": "base"})
Person = type("Person", (Base,), {"name": "Ada", "greet": greet})
p = Person()
print(Person, Person.__name__, Person.__qualname__, Person.__module__)
print(p.greet(), p.kind, Person.__bases__)
print(type(Person) is type, isinstance(p, Base))
