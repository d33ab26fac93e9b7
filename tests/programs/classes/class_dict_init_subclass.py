# what __init_subclass__ sets on a new class comes after the names type() put in its namespace
class Base:
    registry = []

    def __init_subclass__(cls):
        Base.registry.append(cls.__name__)
        cls.tag = "t"


class Sub(Base):
    z: int = 3

    class Inner:
        pass


print(list(vars(Base)))
print(list(vars(Sub)))
print(list(vars(Sub.Inner)))
