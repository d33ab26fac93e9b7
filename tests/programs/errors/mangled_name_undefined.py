# An undefined private name in a method is reported by its mangled name.
class B:
    def g(self):
        return __z


B().g()
