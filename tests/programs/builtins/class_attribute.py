# x.__class__ is type(x) for numbers, containers, functions, modules, methods, super, iterators
class C:
    def m(self):
        return super().__class__


def f():
    pass


import math
print((5).__class__, [].__class__, "a".__class__.__name__, f.__class__, math.__class__,
      len.__class__, None.__class__, C().m.__class__, C().m(), property(len).__class__,
      staticmethod(f).__class__, iter([]).__class__, {}.keys().__class__, (1.5).__class__,
      ValueError().__class__, zip([]).__class__, True.__class__, range(2).__class__)
print(type(5) is (5).__class__, [].__class__ is list)
