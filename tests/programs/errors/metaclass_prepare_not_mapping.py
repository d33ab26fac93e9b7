# a metaclass's __prepare__ must return a mapping
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 7


class A(metaclass=Meta):
    pass
