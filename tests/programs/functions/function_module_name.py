# a function's __module__ is the globals' __name__ object when the def ran, rebinding __name__ included
def f(): pass
class A: pass
print(f.__module__ is __name__, A.__module__ is __name__, f.__module__ is f.__module__)
__name__ = "zz"
def g(): pass
print(g.__module__)
