# unsupported: __getattr__ line 2
class Meta(type):
    def __getattr__(cls, name):
        return name


class A(metaclass=Meta):
    pass


print(A.anything)
