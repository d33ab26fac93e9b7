# globals() is the module's namespace itself: writing it binds names, binding names changes it
x = 1
g = globals()
g["y"] = 2
print(y, g["x"], g is globals())
x = 10
print(g["x"], len(g))
del x
print("x" in g, len(g))
del g["y"]
try:
    print(y)
except NameError as e:
    print(e)
x = 3
print(list(g)[-2:])
