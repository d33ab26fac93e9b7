# super().__setattr__ inside __setattr__ still runs a property's setter, which sets again
class Temperature:
    def __init__(self):
        self.celsius = 0

    def __setattr__(self, name, value):
        print("setting", name)
        super().__setattr__(name, value)

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        self._c = value


t = Temperature()
t.celsius = 25
print(t.celsius, t._c)
