# a metaclass's __prepare__ gives the class body a namespace that already holds a name
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("preparing", name, bases)
        return {"answer": 42}

    def __new__(mcs, name, bases, namespace):
        print(sorted(k for k in namespace if not k.startswith("__")))
        return super().__new__(mcs, name, bases, namespace)


class A(metaclass=Meta):
    doubled = answer * 2


class B(A):
    pass


print(A.answer, A.doubled, B.answer, type(B).__name__)
