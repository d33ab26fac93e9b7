# a proxy to a callable object or a function is a CallableProxyType: calling it calls the object
import weakref


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, step):
        self.calls += step
        return self.calls


def greet(name):
    return "hi " + name


c = Counter()
pc = weakref.proxy(c)
print(type(pc).__name__, pc(2), pc(3), c.calls)
pg = weakref.proxy(greet)
print(type(pg).__name__, pg("ann"), pg.__name__)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
del greet
try:
    pg("bob")
except ReferenceError as e:
    print(type(e).__name__, e)
