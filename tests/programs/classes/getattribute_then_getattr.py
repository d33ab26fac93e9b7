# __getattribute__ raising AttributeError hands the name over to __getattr__
class Both:
    def __getattribute__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return "default " + name


b = Both()
b.x = 1
print(b.x, b._hidden, b.y)
