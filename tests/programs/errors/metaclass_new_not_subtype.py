# type.__new__ called with a class that is not a metaclass
class Meta(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(int, name, bases, ns)


class A(metaclass=Meta):
    pass
