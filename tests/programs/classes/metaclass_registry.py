# a metaclass's __init__ registers each class; its methods are called on the class
class Registry(type):
    classes = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
        cls.registry = Registry.classes

    def describe(cls):
        return cls.__name__ + " of " + str(len(cls.registry))


class Plugin(metaclass=Registry):
    pass


class Audio(Plugin):
    pass


print(Registry.classes, Audio.describe(), Plugin.registry is Audio.registry)
