# after globals().clear() a class takes __module__ from builtins' __name__ and a function's __module__ is None
globals().clear()
class A: pass
print(A.__module__, repr(A))
def f(): pass
print(f.__module__)
