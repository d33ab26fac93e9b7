# dir() of an instance gathers the names of every class of its MRO
class Base:
    def run(self):
        pass


class Child(Base):
    __slots__ = ("speed",)

    def stop(self):
        pass


c = Child()
c.speed = 3
print([n for n in dir(c) if not n.startswith("__")])
print(len(dir(c)), "__dict__" in dir(c), "__slots__" in dir(Child))
