# a for loop over globals() binds its own variable: the namespace changes size while iterated
total = 0
names = list(globals())
print(names)
print(globals()["__name__"], globals()["__builtins__"])
print(type(globals()["__loader__"]).__name__)
for key in globals():
    if not key.startswith("__"):
        print(key)
