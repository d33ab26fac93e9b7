# __getattr__ raising AttributeError: getattr's default, hasattr and except see it
class Config:
    def __init__(self, values):
        self.values = values

    def __getattr__(self, name):
        if name in self.values:
            return self.values[name]
        raise AttributeError(f"no setting {name!r}")


c = Config({"debug": True})
print(c.debug)
print(getattr(c, "verbose", "off"), hasattr(c, "verbose"))
try:
    c.missing
except AttributeError as err:
    print("caught:", err)
