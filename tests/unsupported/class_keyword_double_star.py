# unsupported: `**` line 7
class Base:
    def __init_subclass__(cls, **kwargs):
        cls.options = kwargs


class A(Base, **{"flag": True}):
    pass
