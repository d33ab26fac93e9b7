# Strings, dunder names, names outside a class and a class named only underscores are not mangled.
class A:
    __init_done__ = True

    def f(self):
        setattr(self, "__s", 1)
        return sorted(vars(self))


class _:
    __y = 1


__top = "module"
print(A().f(), A.__init_done__, __top)
print([k for k in vars(_) if "y" in k])
