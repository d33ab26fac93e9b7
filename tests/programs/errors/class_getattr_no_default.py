# getattr without a default raises AttributeError
class Config:
    pass

print(getattr(Config(), "debug", False))
print(getattr(Config(), "debug"))
