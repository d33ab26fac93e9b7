# a name the module never bound is a KeyError in globals()
x = 1
print(globals()["x"])
print(globals()["z"])
