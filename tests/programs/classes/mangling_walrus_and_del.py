# A walrus target and a del of a private name use the mangled name.
class A:
    def f(self):
        if (__w := 4) > 3:
            self.__t = __w
        del self.__t
        return __w, hasattr(self, "_A__t")


print(A().f())
