# a class keyword other than metaclass= goes to the base's __init_subclass__
class Base:
    def __init_subclass__(cls, flag=False):
        cls.flag = flag


class B(Base, flag=True):
    pass


class C(Base):
    pass


print(B.flag, C.flag, Base.__init_subclass__.__self__ is Base)
