# globals() takes no arguments
x = 1
print(globals()["x"])
globals(x)
