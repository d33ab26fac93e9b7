# object.__init_subclass__ takes no arguments: a hook that forwards them must drop its own
class Registry:
    names = []

    def __init_subclass__(cls, tag="", **kw):
        object.__init_subclass__(**kw)
        Registry.names.append(tag or cls.__name__)


class A(Registry, tag="first"):
    pass


class B(Registry):
    pass


print(Registry.names)
print(object.__init_subclass__())
print(object.__subclasshook__(), Registry.__subclasshook__())
