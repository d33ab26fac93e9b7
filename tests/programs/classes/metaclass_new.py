# a metaclass's __new__ runs when a class statement using it ends
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        cls = super().__new__(mcs, name, bases, ns)
        return cls


class A(metaclass=Meta):
    x = 1


class B(A):
    pass


print(type(A) is Meta, type(B) is Meta, A.tag, B.tag, isinstance(A, Meta))
print(A, type(A))
