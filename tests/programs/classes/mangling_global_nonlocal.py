# global __g in a method names the module variable _A__g; nonlocal __n is mangled too.
_A__g = 0


class A:
    def bump(self):
        global __g
        __g += 1
        return __g

    def outer(self):
        __n = 1

        def inner():
            nonlocal __n
            __n += 10
            return __n

        return inner()


print(A().bump(), _A__g, A().outer())
