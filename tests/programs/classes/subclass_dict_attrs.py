# a dict subclass with attributes of its own, changed and deleted, beside its entries
class Config(dict):
    def __init__(self, name, **options):
        super().__init__(**options)
        self.name = name
        self.loaded = False


c = Config("app", debug=True, level=3)
c.loaded = True
c["level"] = 4
print(c, c.name, c.loaded)
del c.loaded
c.clear()
print(c, c.name, hasattr(c, "loaded"))
c.name = "other"
print(c.name)
