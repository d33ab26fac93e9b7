# globals()["x"] reads the module name x
x = 1
print(globals()["x"])
