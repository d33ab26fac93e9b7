# unsupported: __prepare__ line 2
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return {"answer": 42}


class A(metaclass=Meta):
    pass
