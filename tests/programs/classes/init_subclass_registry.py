# __init_subclass__ registers each subclass under a class keyword, passing the rest to super()
registry = {}


class Plugin:
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = name or cls.__name__.lower()
        registry[cls.key] = cls


class Reader(Plugin, name="read"):
    def run(self):
        return "reading"


class Writer(Plugin):
    def run(self):
        return "writing"


class FastReader(Reader, name="fast"):
    pass


for key, cls in registry.items():
    print(key, cls.__name__, cls().run())
print(Reader.key, FastReader.key, Plugin.__init_subclass__.__name__)
