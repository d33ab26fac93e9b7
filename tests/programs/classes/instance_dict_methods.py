# the dict methods of vars(obj) change the object: update, setdefault, pop, popitem, clear
class Config:
    def __init__(self):
        self.debug = False


c = Config()
settings = vars(c)
settings.update(debug=True, level=3)
print(c.debug, c.level)
settings.update({"name": "demo"})
print(settings.setdefault("level", 0), settings.setdefault("color", "red"), c.color)
print(settings.pop("name"), hasattr(c, "name"))
print(settings.popitem(), hasattr(c, "color"))
settings.clear()
print(hasattr(c, "debug"), settings)
c.debug = "again"
print(settings, settings.get("debug"))
