# property, staticmethod and classmethod hold the functions they wrap: the diagram keeps them
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        del self._celsius

    @staticmethod
    def freezing():
        return 0

    @classmethod
    def boiling(cls):
        return cls(100)


def only_set(self, value):
    self.seen = value


Temperature.write_only = property(None, only_set)
getter = Temperature.celsius.fget
t = Temperature.boiling()
t.celsius = 37
t.write_only = "x"
print(t.celsius, Temperature.freezing(), getter(t), t.seen)
print(getter is Temperature.celsius.fget)
del Temperature.write_only
del t.celsius
print(hasattr(t, "celsius"))
