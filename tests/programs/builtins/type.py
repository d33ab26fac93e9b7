# type() tells an object's class
print(type(5), type("s"), type([]), type(None))
