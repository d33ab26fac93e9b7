# unsupported: keywords line 7
class Meta(type):
    def __new__(mcs, name, bases, namespace, **kwargs):
        return super().__new__(mcs, name, bases, namespace)


class A(metaclass=Meta, flag=True):
    pass
