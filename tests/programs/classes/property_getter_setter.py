# @property with a setter validates through a method call
class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273:
            value = -273
        self._c = value

    @celsius.deleter
    def celsius(self):
        del self._c

t = Temp(20)
t.celsius = -300
print(t.celsius)
del t.celsius
print(hasattr(t, "_c"))
