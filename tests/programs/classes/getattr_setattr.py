# getattr/setattr/hasattr/delattr work with names chosen at run time
class Config:
    pass

c = Config()
setattr(c, "debug", True)
print(getattr(c, "debug"), getattr(c, "missing", "none"))
print(hasattr(c, "debug"), hasattr(c, "verbose"))
delattr(c, "debug")
print(hasattr(c, "debug"))
