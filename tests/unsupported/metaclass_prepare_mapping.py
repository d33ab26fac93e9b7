# unsupported: `__prepare__` line 12
class Namespace(dict):
    pass


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Namespace()


class A(metaclass=Meta):
    x = 1
