# unsupported: keywords line 7
class Base:
    def __init_subclass__(cls, flag=False):
        cls.flag = flag


class B(Base, flag=True):
    pass
