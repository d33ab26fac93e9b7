# the default repr names the module and class (the address itself is not printed)
class Thing:
    pass

print(repr(Thing()).startswith("<__main__.Thing object at 0x"), str(Thing()).endswith(">"))
print(str(Thing), repr(Thing))
