# Parameters named __p are _A__p, and a lambda's too; call keywords are not mangled.
def collect(**kw):
    return kw


class A:
    def f(self, __p, *, __k=1):
        return __p + __k

    g = lambda self, __q: __q * 2

    def h(self):
        return collect(__z=1)


a = A()
print(a.f(1, _A__k=2), a.g(4), a.h())
