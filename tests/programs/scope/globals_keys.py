# the names python3 puts in __main__ come first in globals(), in CPython's order
total = 0
names = list(globals())
print(names)
print(globals()["__name__"], globals()["__builtins__"])
print(type(globals()["__loader__"]).__name__)
for key in list(globals()):
    if not key.startswith("__"):
        print(key)
