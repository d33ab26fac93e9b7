# empty __slots__ leave no room for attributes; a slotted class keeps its properties
class Nothing:
    __slots__ = ()


class Temperature:
    __slots__ = ["_celsius"]

    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32


n = Nothing()
try:
    n.x = 1
except AttributeError as e:
    print(e)
t = Temperature(100)
print(t.fahrenheit)
